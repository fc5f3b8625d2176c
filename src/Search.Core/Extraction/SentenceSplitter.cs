using System.Text.RegularExpressions;

namespace Search.Core.Extraction;

/// <summary>Splits text into sentences at ., ! or ? followed by a capital, except after abbreviations and initials ("Mr.", "U.S.", "Jan.").</summary>
public static partial class SentenceSplitter
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "st", "gen", "sen", "rep", "gov", "lt", "col", "sgt", "capt", "jr", "sr", "prof", "adm", "maj",
        "mt", "ft", "sec", "no", "vs", "inc", "corp", "co", "ltd", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
        "oct", "nov", "dec", "u.s", "u.k", "u.n", "e.u", "a.m", "p.m", "approx", "est", "dept", "univ", "pres",
    };

    /// <summary>Sentence spans as (start, end) character offsets, covering every non-blank part of the text.</summary>
    public static IReadOnlyList<(int Start, int End)> Split(string text)
    {
        var spans = new List<(int, int)>();
        var start = 0;
        foreach (Match m in Boundary().Matches(text))
        {
            var punct = m.Index;
            if (text[punct] == '.' && IsAbbreviation(text, punct))
            {
                continue;
            }

            var end = m.Groups["nl"].Success ? m.Index : m.Index + m.Groups["close"].Length + 1;
            if (end > start)
            {
                spans.Add((start, end));
            }

            start = m.Index + m.Length;
        }

        if (start < text.Length && !string.IsNullOrWhiteSpace(text[start..]))
        {
            spans.Add((start, text.Length));
        }

        return spans;
    }

    private static bool IsAbbreviation(string text, int period)
    {
        var begin = period;
        while (begin > 0 && (char.IsLetter(text[begin - 1]) || text[begin - 1] == '.'))
        {
            begin--;
        }

        var word = text[begin..period];
        return word.Length == 1 && char.IsUpper(word[0]) || Abbreviations.Contains(word);
    }

    [GeneratedRegex(@"[.!?](?<close>[""”’')\]]?)\s+(?=[""“‘(]?[\p{Lu}\d])|(?<nl>\s*\n\s*)")]
    private static partial Regex Boundary();
}
