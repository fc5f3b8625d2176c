using Search.Core.Articles;

namespace Search.Core.Reading;

/// <summary>
/// Markdown articles, as static-site generators and newsroom CMS exports write them: optional "---" YAML front matter
/// (title, date, author, url, id, location), then the body; the title is the front matter's or the first "# heading".
/// </summary>
public sealed class MarkdownReader : IArticleReader
{
    public string Format => "markdown";

    public ReaderFit Fit(string relativePath, string text) =>
        Path.GetExtension(relativePath).ToLowerInvariant() switch
        {
            ".md" or ".markdown" => ReaderFit.Extension,
            "" when StartsWithHeading(text) => ReaderFit.Guess,
            _ => ReaderFit.None,
        };

    public IEnumerable<Article> Read(SourceFile file)
    {
        var lines = file.Text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n');
        var index = 0;
        var meta = FrontMatter.ReadYamlBlock(lines, ref index);
        var frontTitle = meta.Title;

        // The heading repeats a front-matter title more often than not; it is dropped then, and kept when it differs.
        var (heading, body) = MarkdownText.Convert(lines[index..], h => frontTitle is null || h.Equals(frontTitle, StringComparison.OrdinalIgnoreCase));
        var title = frontTitle ?? heading;
        if (title is null)
        {
            if (body.Length == 0)
            {
                throw new ArticleReadException(file.PortablePath, null, "the file has no text");
            }

            var firstLine = body.Split('\n', 2);
            title = firstLine[0];
            body = firstLine.Length > 1 ? firstLine[1].Trim() : string.Empty;
        }

        yield return new Article
        {
            Id = ArticleIds.Choose(meta.Id, meta.Url, file.PortablePath),
            Title = title,
            Body = body.Length > 0 ? body : title,
            Date = meta.Date,
            Url = meta.Url,
            Author = meta.Author,
            Source = new ArticleSource(file.PortablePath),
            DeclaredLocations = meta.Locations,
        };
    }

    private static bool StartsWithHeading(string text)
    {
        var lines = text[..Math.Min(text.Length, 8192)].Split('\n');
        var index = 0;
        FrontMatter.ReadYamlBlock(lines, ref index);
        return MarkdownText.StartsWithHeading(lines[index..]);
    }
}
