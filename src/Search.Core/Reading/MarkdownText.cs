using System.Text.RegularExpressions;

namespace Search.Core.Reading;

/// <summary>
/// Turns markdown into the plain text a reader would see: no heading markers, emphasis, link targets, images or
/// HTML tags; fenced code kept as text; lines a paragraph was wrapped at joined back into one line.
/// </summary>
internal static partial class MarkdownText
{
    /// <summary>
    /// The plain text of <paramref name="lines"/>, and its first level-1 heading, which is left out of the text when
    /// <paramref name="isTitle"/> says it is the article's title.
    /// </summary>
    public static (string? Heading, string Text) Convert(IEnumerable<string> lines, Func<string, bool> isTitle)
    {
        var output = new List<string>();
        string? heading = null;
        string? fence = null;
        var joinable = false;

        void Emit(string text, bool join)
        {
            // A line of only markup, such as an image, leaves nothing: not even a paragraph break.
            if (text.Length == 0)
            {
                return;
            }

            if (join && output.Count > 0 && output[^1].Length > 0)
            {
                output[^1] += " " + text;
            }
            else
            {
                output.Add(text);
            }
        }

        foreach (var raw in lines)
        {
            var line = raw.TrimEnd();
            if (FenceLine().Match(line) is { Success: true } marker && (fence is null || marker.Groups[1].Value.StartsWith(fence, StringComparison.Ordinal)))
            {
                fence = fence is null ? marker.Groups[1].Value : null;
                joinable = false;
                continue;
            }

            if (fence is not null)
            {
                output.Add(line);
                continue;
            }

            if (line.Trim().Length == 0)
            {
                if (output.Count > 0 && output[^1].Length > 0)
                {
                    output.Add(string.Empty);
                }

                joinable = false;
            }
            else if (DroppedLine().IsMatch(line))
            {
                // Rules, setext underlines, table alignment rows and link reference definitions carry no text.
            }
            else if (HeadingLine().Match(line) is { Success: true } h)
            {
                var text = Inline(h.Groups[2].Value);
                if (heading is null && h.Groups[1].Length == 1)
                {
                    heading = text;
                    if (isTitle(text))
                    {
                        continue;
                    }
                }

                Emit(text, join: false);
                joinable = false;
            }

            // A wrapped line that starts "2024. The bank..." continues its paragraph; it is not a numbered list.
            else if (ListItem().Match(line) is { Success: true } item && (!joinable || !char.IsAsciiDigit(item.Groups[1].Value[0])))
            {
                Emit(Inline(item.Groups[2].Value), join: false);
                joinable = true;
            }
            else
            {
                Emit(Inline(QuoteMarker().Replace(line, string.Empty).Trim()), joinable);
                joinable = true;
            }
        }

        return (heading, string.Join('\n', output).Trim());
    }

    /// <summary>Whether the first line of the text (after any blank lines) is a "# heading".</summary>
    public static bool StartsWithHeading(IEnumerable<string> lines) =>
        lines.FirstOrDefault(l => l.Trim().Length > 0) is { } first && HeadingLine().IsMatch(first);

    /// <summary>Strips inline markup outside code spans, whose text is kept exactly.</summary>
    private static string Inline(string text)
    {
        var parts = CodeSpan().Split(text);
        for (var i = 0; i < parts.Length; i += 2)
        {
            var part = Image().Replace(parts[i], string.Empty);
            part = Link().Replace(part, "$1");
            part = AutoLink().Replace(part, "$1");
            part = HtmlTag().Replace(part, string.Empty);
            part = Strong().Replace(part, "$2");
            part = Emphasis().Replace(part, "$2");
            part = Strike().Replace(part, "$1");
            parts[i] = Escape().Replace(part, "$1");
        }

        return string.Concat(parts).Trim();
    }

    [GeneratedRegex(@"^\s{0,3}(`{3,}|~{3,})")]
    private static partial Regex FenceLine();

    [GeneratedRegex(@"^\s{0,3}(?:([-*_=])(?:\s*\1){2,}|\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?|\[[^\]]+\]:\s*\S+.*)\s*$")]
    private static partial Regex DroppedLine();

    [GeneratedRegex(@"^\s{0,3}(#{1,6})\s+(.*?)(?:\s+#+)?\s*$")]
    private static partial Regex HeadingLine();

    [GeneratedRegex(@"^\s*(?:>\s*)*([-*+]|\d{1,9}[.)])\s+(.*)$")]
    private static partial Regex ListItem();

    [GeneratedRegex(@"^\s*(?:>\s?)+")]
    private static partial Regex QuoteMarker();

    // The capture keeps the code text in the split result, at odd positions.
    [GeneratedRegex(@"`+([^`]+)`+")]
    private static partial Regex CodeSpan();

    [GeneratedRegex(@"!\[[^\]]*\](?:\([^)]*\)|\[[^\]]*\])")]
    private static partial Regex Image();

    [GeneratedRegex(@"\[([^\]]+)\](?:\([^)]*\)|\[[^\]]*\])")]
    private static partial Regex Link();

    [GeneratedRegex(@"<((?:https?|mailto):[^>\s]+)>")]
    private static partial Regex AutoLink();

    [GeneratedRegex(@"<!--.*?-->|</?[A-Za-z][A-Za-z0-9-]*(?:\s[^>]*)?/?>")]
    private static partial Regex HtmlTag();

    [GeneratedRegex(@"(\*\*|(?<!\w)__)(?=\S)(.+?)(?<=\S)(?:\1)")]
    private static partial Regex Strong();

    [GeneratedRegex(@"(\*|(?<!\w)_)(?=\S)(.+?)(?<=\S)\1(?!\w)")]
    private static partial Regex Emphasis();

    [GeneratedRegex(@"~~(.+?)~~")]
    private static partial Regex Strike();

    [GeneratedRegex(@"\\([\\`*_{}\[\]()#+\-.!>|~])")]
    private static partial Regex Escape();
}
