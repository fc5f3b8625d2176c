using System.Text.RegularExpressions;

namespace Search.Core.Extraction;

/// <summary>The words an article capitalizes somewhere other than at a sentence start, so "Schiff said" reads as a name and "Officials said" does not.</summary>
public sealed partial class MidSentenceCapitals
{
    private readonly HashSet<string> words = new(StringComparer.Ordinal);

    public MidSentenceCapitals(string text)
    {
        // Only capitalized words become strings; the scan itself allocates nothing.
        foreach (var word in Word().EnumerateMatches(text))
        {
            if (char.IsUpper(text[word.Index]) && !StartsSentence(text, word.Index))
            {
                words.Add(Bare(text.Substring(word.Index, word.Length)));
            }
        }
    }

    /// <summary>Whether the word (possessive and trailing period ignored) is capitalized mid-sentence somewhere.</summary>
    public bool Contains(string word) => words.Contains(Bare(word));

    /// <summary>The word without a possessive or a trailing full stop ("Trump’s" to "Trump", "Mr." to "Mr").</summary>
    public static string Bare(string word)
    {
        var bare = word.TrimEnd('.');
        return bare.EndsWith("'s", StringComparison.Ordinal) || bare.EndsWith("’s", StringComparison.Ordinal) ? bare[..^2] : bare;
    }

    private static bool StartsSentence(string text, int index)
    {
        var i = index - 1;
        while (i >= 0 && text[i] is ' ' or '\t' or '\u00a0')
        {
            i--;
        }

        return i < 0 || text[i] is '.' or '!' or '?' or ':' or '\n' or '\r' or '"' or '“' or '‘' or '\'' or '(' or '[' or '—' or '-';
    }

    [GeneratedRegex(@"\p{L}[\p{L}\p{M}'’.\-]*")]
    private static partial Regex Word();
}
