using System.Text.RegularExpressions;

namespace Search.Core.Evaluation;

/// <summary>Decides whether an attribution source names someone ("Mr. Obama", "the FBI") or not ("he", "officials", "the campaign").</summary>
/// <remarks>
/// A source is named when it holds a name: a run of capitalized words that heads the source, ending it or followed by
/// a comma, a bracket or "and" ("Sen. Lindsey Graham (R-S.C.)", "Marc Morial, the chief executive"), rather than
/// modifying a noun ("The Republican nominee", "The Trump campaign", "Obama's aides", "A Quinnipiac University poll").
/// The run must hold a name word: a capitalized word, not a pronoun or determiner, that is all capitals ("NATO", a
/// transcript's "WALLACE") or is written capitalized somewhere in the body other than at a sentence start. That tells
/// "Trump said" from "Officials said" at the start of a sentence without a list of names. The title line is left
/// out of that test because headlines capitalize every word.
/// </remarks>
public sealed partial class NamedSourceRule
{
    private static readonly HashSet<string> FunctionWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "i", "you", "he", "she", "it", "we", "they", "me", "him", "her", "us", "them", "who", "whom", "which", "what",
        "the", "a", "an", "this", "that", "these", "those", "his", "its", "their", "our", "my", "your", "some", "many",
        "most", "other", "another", "both", "all", "each", "every", "several", "such", "one", "any", "no", "few", "more",
        "and", "or", "of", "for", "in", "on", "at", "to", "by", "with", "from", "not",
    };

    // Lower-case words that sit inside one name ("Department of Veterans Affairs", "Ludwig van Beethoven").
    private static readonly HashSet<string> Connectors = new(StringComparer.Ordinal) { "of", "de", "del", "da", "du", "van", "von", "der", "den", "la", "le", "al", "bin" };

    private readonly HashSet<string> capitalizedMidSentence = new(StringComparer.Ordinal);

    public NamedSourceRule(string document)
    {
        var bodyStart = document.IndexOf('\n') + 1;
        foreach (Match word in Word().Matches(document, bodyStart))
        {
            if (char.IsUpper(word.Value[0]) && !StartsSentence(document, word.Index, bodyStart))
            {
                capitalizedMidSentence.Add(Bare(word.Value));
            }
        }
    }

    public bool IsNamed(string source)
    {
        var words = Word().Matches(source).ToList();
        for (var start = 0; start < words.Count; start++)
        {
            if (!Capitalized(words[start]))
            {
                continue;
            }

            var end = start;
            while (end + 1 < words.Count && Adjacent(source, words[end], words[end + 1])
                   && (Capitalized(words[end + 1]) || (Connectors.Contains(words[end + 1].Value) && end + 2 < words.Count && Capitalized(words[end + 2]))))
            {
                end++;
            }

            if (Heads(source, words, end) && words.Skip(start).Take(end - start + 1).Any(w => Capitalized(w) && IsNameWord(Bare(w.Value))))
            {
                return true;
            }

            start = end;
        }

        return false;
    }

    /// <summary>Whether the run ending at this word is the source itself rather than a modifier of the noun after it.</summary>
    private static bool Heads(string source, List<Match> words, int end)
    {
        if (end == words.Count - 1)
        {
            return true;
        }

        if (Bare(words[end].Value) != words[end].Value.TrimEnd('.'))
        {
            return false;
        }

        var gap = source[(words[end].Index + words[end].Length)..words[end + 1].Index];
        return !string.IsNullOrWhiteSpace(gap) || words[end + 1].Value is "and" or "or";
    }

    private bool IsNameWord(string word) =>
        !FunctionWords.Contains(word) && (word.Length >= 2 && word.All(c => !char.IsLetter(c) || char.IsUpper(c)) || capitalizedMidSentence.Contains(word));

    private static bool Capitalized(Match word) => char.IsUpper(word.Value[0]);

    private static bool Adjacent(string text, Match left, Match right) =>
        string.IsNullOrWhiteSpace(text[(left.Index + left.Length)..right.Index]);

    /// <summary>At the text's start, after a full stop, question or exclamation mark, colon, line break or opening quote.</summary>
    private static bool StartsSentence(string text, int index, int textStart)
    {
        var i = index - 1;
        while (i >= textStart && text[i] is ' ' or '\t' or '\u00a0')
        {
            i--;
        }

        return i < textStart || text[i] is '.' or '!' or '?' or ':' or '\n' or '\r' or '"' or '“' or '‘' or '\'' or '(' or '[';
    }

    /// <summary>The word without a possessive or a trailing full stop ("Trump’s" to "Trump", "Mr." to "Mr").</summary>
    private static string Bare(string word)
    {
        var bare = word.TrimEnd('.');
        foreach (var possessive in (string[])["'s", "’s", "'", "’"])
        {
            if (bare.EndsWith(possessive, StringComparison.Ordinal))
            {
                return bare[..^possessive.Length];
            }
        }

        return bare;
    }

    [GeneratedRegex(@"\p{L}[\p{L}\p{M}'’.\-]*")]
    private static partial Regex Word();
}
