namespace Search.Core.Extraction;

/// <summary>Steps back over the auxiliaries and adverbs that sit between a subject and its speech verb: "Doe has also said", "the Court previously ruled".</summary>
public static class SubjectVerbGap
{
    // A fixed list rather than any lower-case word, so "Doe met Roe and said" does not credit Roe.
    private static readonly HashSet<string> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        "has", "have", "had", "also", "previously", "later", "then", "again", "repeatedly", "publicly", "recently", "earlier",
        "once", "often", "frequently", "similarly", "separately", "privately", "reportedly", "already", "first", "would", "will",
        "did", "does", "not", "never", "always", "still", "initially", "subsequently", "ultimately",
    };

    private const int MaxWords = 3;

    /// <summary>Where the subject ends when the cue starts at <paramref name="end"/>: before up to three auxiliaries or adverbs, else unchanged.</summary>
    public static int SubjectEnd(string text, int end, int notBefore)
    {
        var result = end;
        for (var i = 0; i < MaxWords; i++)
        {
            var wordEnd = result;
            while (wordEnd > notBefore && text[wordEnd - 1] == ' ')
            {
                wordEnd--;
            }

            var wordStart = wordEnd;
            while (wordStart > notBefore && char.IsAsciiLetterLower(text[wordStart - 1]))
            {
                wordStart--;
            }

            if (wordStart == wordEnd || (wordStart > notBefore && text[wordStart - 1] != ' ') || !Words.Contains(text[wordStart..wordEnd]))
            {
                break;
            }

            result = wordStart;
        }

        return result;
    }
}
