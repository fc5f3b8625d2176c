using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Search.Core.Articles;

namespace Search.Core.Reading;

/// <summary>
/// Reuters-21578 SGML: many &lt;REUTERS&gt; records per file, each with DATE, PLACES, PEOPLE, TITLE, DATELINE and BODY.
/// Read with patterns rather than an XML parser, since the files are SGML (unquoted entities, control references).
/// </summary>
public sealed partial class ReutersSgmlReader : IArticleReader
{
    public string Format => "reuters-sgml";

    public ReaderFit Fit(string relativePath, string text) =>
        text.AsSpan(0, Math.Min(text.Length, 2000)).Contains("<REUTERS", StringComparison.Ordinal) ? ReaderFit.Content
        : Path.GetExtension(relativePath).ToLowerInvariant() is ".sgm" or ".sgml" ? ReaderFit.Extension
        : ReaderFit.None;

    public IEnumerable<Article> Read(SourceFile file)
    {
        var path = file.PortablePath;
        var position = 0;
        foreach (Match record in RecordPattern().Matches(file.Text))
        {
            position++;
            var attributes = record.Groups["attrs"].Value;
            var content = record.Groups["content"].Value;
            var newId = AttributePattern().Matches(attributes).FirstOrDefault(m => m.Groups[1].Value == "NEWID")?.Groups[2].Value;

            var text = Element(content, "TEXT") ?? string.Empty;
            var title = Clean(Element(text, "TITLE"));
            var dateline = Clean(Element(text, "DATELINE"));
            var body = Element(text, "BODY") is { } rawBody
                ? Paragraphs(rawBody)
                : Paragraphs(TagPattern().Replace(text, " "));
            body = TrailerPattern().Replace(body, string.Empty).Trim();

            if (dateline.Length > 0)
            {
                // The body reads as the wire printed it, dateline first, as in every other format.
                body = $"{dateline} - {body}";
            }

            if (title.Length == 0 && body.Length == 0)
            {
                // A few records carry only codes and a date; they are kept, so the archive's count stays whole.
                title = "(no text)";
            }
            else if (title.Length == 0)
            {
                var firstLine = body.Split('\n', 2)[0];
                title = firstLine.Length > 160 ? firstLine[..160] : firstLine;
            }

            yield return new Article
            {
                Id = newId is null ? ArticleIds.FromPath(path, position) : "reuters-" + newId,
                Title = title,
                Body = body,
                Date = MetadataDate.Parse(Clean(Element(content, "DATE"))),
                Source = new ArticleSource(path, position),
                DeclaredLocations = Codes(Element(content, "PLACES")),
                DeclaredPeople = Codes(Element(content, "PEOPLE")),
            };
        }

        if (position == 0)
        {
            throw new ArticleReadException(path, null, "no <REUTERS> records found");
        }

        if (file.Text.Split("<REUTERS ").Length - 1 != position)
        {
            var line = LineOf(file.Text, file.Text.LastIndexOf("<REUTERS ", StringComparison.Ordinal));
            throw new ArticleReadException(path, line, "a <REUTERS> record is not closed by </REUTERS>");
        }
    }

    private static string? Element(string content, string name)
    {
        var start = content.IndexOf("<" + name, StringComparison.Ordinal);
        if (start < 0)
        {
            return null;
        }

        var open = content.IndexOf('>', start);
        var close = content.IndexOf("</" + name + ">", open + 1, StringComparison.Ordinal);
        return open < 0 || close < 0 ? null : content[(open + 1)..close];
    }

    private static string[] Codes(string? list) =>
        list is null
            ? []
            : [.. CodePattern().Matches(list).Select(m => m.Groups[1].Value.Replace('-', ' ').Trim()).Where(c => c.Length > 0)];

    /// <summary>Decodes entities, drops control references (&amp;#3;), and collapses whitespace.</summary>
    private static string Clean(string? value)
    {
        if (value is null)
        {
            return string.Empty;
        }

        var decoded = Decode(value);
        return WhitespacePattern().Replace(decoded, " ").Trim().TrimEnd('-').Trim();
    }

    /// <summary>Reuters wraps lines at ~70 columns and starts paragraphs with indentation; rejoin into paragraphs.</summary>
    private static string Paragraphs(string raw)
    {
        var text = Decode(raw).Replace("\r\n", "\n");
        var builder = new StringBuilder(text.Length);
        foreach (var paragraph in ParagraphBreak().Split(text))
        {
            var joined = WhitespacePattern().Replace(paragraph, " ").Trim();
            if (joined.Length > 0)
            {
                builder.Append(joined).Append('\n');
            }
        }

        return builder.ToString().Trim();
    }

    private static string Decode(string value)
    {
        var withoutControls = ControlReference().Replace(value, m =>
        {
            var code = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
            return code is < 32 or 127 ? string.Empty : ((char)code).ToString();
        });
        return WebUtility.HtmlDecode(withoutControls);
    }

    private static int LineOf(string text, int offset) => offset < 0 ? 1 : text.AsSpan(0, offset).Count('\n') + 1;

    [GeneratedRegex(@"<REUTERS(?<attrs>[^>]*)>(?<content>.*?)</REUTERS>", RegexOptions.Singleline)]
    private static partial Regex RecordPattern();

    [GeneratedRegex(@"(\w+)=""([^""]*)""")]
    private static partial Regex AttributePattern();

    [GeneratedRegex(@"<D>(.*?)</D>", RegexOptions.Singleline)]
    private static partial Regex CodePattern();

    [GeneratedRegex(@"<[^>]+>")]
    private static partial Regex TagPattern();

    [GeneratedRegex(@"&#(\d+);")]
    private static partial Regex ControlReference();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhitespacePattern();

    [GeneratedRegex(@"\n(?=[ \t]+\S)|\n\s*\n")]
    private static partial Regex ParagraphBreak();

    [GeneratedRegex(@"\s*\bReut(?:er|ers)?\s*$")]
    private static partial Regex TrailerPattern();
}
