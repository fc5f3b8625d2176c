using System.Globalization;
using System.Text.RegularExpressions;
using Search.Core.Articles;

namespace Search.Core.Reading;

/// <summary>
/// Plain-text articles: a title line, a blank line, then the body. Optional front matter comes first,
/// either a "---" YAML-style block or "Key: value" header lines (Title, Date, Author, Url, Id).
/// </summary>
public sealed partial class PlainTextReader : IArticleReader
{
    private static readonly string[] HeaderKeys = ["title", "date", "author", "url", "id", "location", "source", "byline"];

    public string Format => "text";

    public bool Accepts(string relativePath, string text) =>
        Path.GetExtension(relativePath).ToLowerInvariant() is ".txt" or ".text";

    public IEnumerable<Article> Read(SourceFile file)
    {
        var lines = file.Text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n');
        var index = 0;
        var meta = ReadFrontMatter(lines, ref index);

        while (index < lines.Length && string.IsNullOrWhiteSpace(lines[index]))
        {
            index++;
        }

        if (index >= lines.Length)
        {
            throw new ArticleReadException(file.PortablePath, null, "the file has no text");
        }

        string title;
        if (meta.TryGetValue("title", out var metaTitle))
        {
            title = metaTitle;
        }
        else
        {
            title = lines[index].Trim();
            index++;
        }

        var body = string.Join('\n', lines[index..]).Trim();
        if (body.Length == 0)
        {
            // A file of one paragraph with no title line is still an article: its first sentence stands as the title.
            body = title;
        }

        yield return new Article
        {
            Id = meta.TryGetValue("id", out var id) ? ArticleIds.FromOwnId(id) : ArticleIds.FromPath(file.PortablePath),
            Title = title,
            Body = body,
            Date = meta.TryGetValue("date", out var date) ? MetadataDate.Parse(date) : null,
            Url = meta.GetValueOrDefault("url"),
            Author = meta.GetValueOrDefault("author") ?? meta.GetValueOrDefault("byline"),
            Source = new ArticleSource(file.PortablePath),
            DeclaredLocations = meta.TryGetValue("location", out var location) ? [location] : [],
        };
    }

    private static Dictionary<string, string> ReadFrontMatter(string[] lines, ref int index)
    {
        var meta = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (lines.Length > 0 && lines[0].Trim() == "---")
        {
            var end = Array.FindIndex(lines, 1, l => l.Trim() == "---");
            if (end > 0)
            {
                for (var i = 1; i < end; i++)
                {
                    AddHeader(meta, lines[i]);
                }

                index = end + 1;
                return meta;
            }
        }

        var start = index;
        while (index < lines.Length && HeaderLine().Match(lines[index]) is { Success: true } m
               && HeaderKeys.Contains(m.Groups[1].Value.ToLowerInvariant()))
        {
            AddHeader(meta, lines[index]);
            index++;
        }

        // Header lines only count as front matter when a blank line closes them; otherwise "Date: ..." was the title.
        if (meta.Count > 0 && (index >= lines.Length || !string.IsNullOrWhiteSpace(lines[index])))
        {
            meta.Clear();
            index = start;
        }

        return meta;
    }

    private static void AddHeader(Dictionary<string, string> meta, string line)
    {
        var m = HeaderLine().Match(line);
        if (m.Success)
        {
            var value = m.Groups[2].Value.Trim().Trim('"', '\'');
            if (value.Length > 0)
            {
                meta[m.Groups[1].Value.ToLower(CultureInfo.InvariantCulture)] = value;
            }
        }
    }

    [GeneratedRegex(@"^([A-Za-z][A-Za-z_-]{1,20}):\s*(.*)$")]
    private static partial Regex HeaderLine();
}
