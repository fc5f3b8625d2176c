namespace Search.Core.Extraction;

/// <summary>
/// Steps back over what sits between a subject and its speech verb: auxiliaries and adverbs ("Doe has also said",
/// "the Court previously ruled") and short phrases of time or medium ("Doe on Thursday evening said", "Doe in a
/// statement said", "Doe last week told").
/// </summary>
public static class SubjectVerbGap
{
    // A fixed list rather than any lower-case word, so "Doe met Roe and said" does not credit Roe.
    private static readonly HashSet<string> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        "has", "have", "had", "also", "previously", "later", "then", "again", "repeatedly", "publicly", "recently", "earlier",
        "once", "often", "frequently", "similarly", "separately", "privately", "reportedly", "already", "first", "would", "will",
        "did", "does", "not", "never", "always", "still", "initially", "subsequently", "ultimately", "both", "each", "all",
    };

    // The words that open a phrase of time or medium: "on Monday", "in a statement", "last week", "this month".
    private static readonly HashSet<string> PhraseOpeners = new(StringComparer.OrdinalIgnoreCase)
    {
        "on", "in", "at", "during", "late", "early", "last", "this", "earlier", "over",
    };

    // The words such a phrase may hold after its opener; anything else ("in Ohio", "at the bank") ends the search.
    private static readonly HashSet<string> PhraseWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "morning", "afternoon", "evening", "night",
        "day", "week", "weekend", "month", "year", "today", "yesterday", "a", "an", "the", "his", "her", "its", "their", "statement",
        "interview", "interviews", "email", "e-mail", "tweet", "tweets", "post", "letter", "speech", "video", "remarks", "twitter",
        "facebook", "instagram", "television", "radio", "written", "separate", "recent", "brief", "joint", "emailed", "phone",
        "telephone", "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
        "december", "past", "same",
    };

    private const int MaxSteps = 4;

    private const int MaxPhraseWords = 4;

    /// <summary>Where the subject ends when the cue starts at <paramref name="end"/>: before the words and phrases above, else unchanged.</summary>
    public static int SubjectEnd(string text, int end, int notBefore)
    {
        var result = end;
        for (var step = 0; step < MaxSteps; step++)
        {
            if (WordBefore(text, result, notBefore) is { } word && Words.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text.AsSpan(word.Start, word.End - word.Start)))
            {
                result = word.Start;
            }
            else if (PhraseStart(text, result, notBefore) is { } phrase)
            {
                result = phrase;
            }
            else
            {
                break;
            }
        }

        return result;
    }

    /// <summary>The start of a phrase of time or medium ending at <paramref name="end"/>, or null.</summary>
    private static int? PhraseStart(string text, int end, int notBefore)
    {
        var position = end;
        for (var words = 0; words < MaxPhraseWords; words++)
        {
            if (WordBefore(text, position, notBefore, anyCase: true) is not { } word)
            {
                return null;
            }

            var value = text.AsSpan(word.Start, word.End - word.Start);
            if (words > 0 && char.IsLower(value[0]) && PhraseOpeners.GetAlternateLookup<ReadOnlySpan<char>>().Contains(value))
            {
                return word.Start;
            }

            if (!PhraseWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(value))
            {
                return null;
            }

            position = word.Start;
        }

        return null;
    }

    /// <summary>The word of letters (lower case unless <paramref name="anyCase"/>) that ends just before <paramref name="end"/>, skipping spaces.</summary>
    private static (int Start, int End)? WordBefore(string text, int end, int notBefore, bool anyCase = false)
    {
        var wordEnd = end;
        while (wordEnd > notBefore && text[wordEnd - 1] == ' ')
        {
            wordEnd--;
        }

        var wordStart = wordEnd;
        while (wordStart > notBefore && (anyCase ? char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] == '-' : char.IsAsciiLetterLower(text[wordStart - 1])))
        {
            wordStart--;
        }

        if (wordStart == wordEnd || (wordStart > notBefore && text[wordStart - 1] != ' '))
        {
            return null;
        }

        return (wordStart, wordEnd);
    }
}
