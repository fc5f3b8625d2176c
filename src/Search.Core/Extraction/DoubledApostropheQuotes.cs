namespace Search.Core.Extraction;

/// <summary>
/// Rewrites quotations marked with two apostrophes (''Yes,'' she said), as some newspaper archives print them,
/// into double quotation marks, keeping every character's offset, so the later stages need know only one style.
/// </summary>
public static class DoubledApostropheQuotes
{
    /// <summary>
    /// The text with each opening '' turned into a space and a quote mark ("'' Yes" to " \"Yes") and each closing one
    /// into a quote mark and a space, so the mark always touches the words it encloses, as a real quote mark does.
    /// </summary>
    public static string Normalize(string text)
    {
        var first = text.IndexOf("''", StringComparison.Ordinal);
        if (first < 0)
        {
            return text;
        }

        var chars = text.ToCharArray();
        for (var i = first; i + 1 < chars.Length; i++)
        {
            if (chars[i] != '\'' || chars[i + 1] != '\'' || (i + 2 < chars.Length && chars[i + 2] == '\''))
            {
                continue;
            }

            var before = i == 0 ? ' ' : chars[i - 1];
            var after = i + 2 < chars.Length ? chars[i + 2] : ' ';
            if (OpensAfter(before) && !char.IsWhiteSpace(after))
            {
                chars[i] = ' ';
                chars[i + 1] = '"';
            }
            else if (!char.IsWhiteSpace(before))
            {
                chars[i] = '"';
                chars[i + 1] = ' ';
            }

            i++;
        }

        return new string(chars);
    }

    private static bool OpensAfter(char c) => char.IsWhiteSpace(c) || c is '(' or '[' or '—' or '–' or '-' or '"' or ':';
}
