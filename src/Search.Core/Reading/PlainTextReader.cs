using Search.Core.Articles;

namespace Search.Core.Reading;

/// <summary>
/// Plain-text articles: a title line, a blank line, then the body. Optional front matter comes first,
/// either a "---" YAML-style block or "Key: value" header lines (Title, Date, Author, Url, Id, Location).
/// </summary>
public sealed class PlainTextReader : IArticleReader
{
    public string Format => "text";

    /// <summary>Any text file without an extension is taken as prose when no other format claims its content.</summary>
    public ReaderFit Fit(string relativePath, string text) =>
        Path.GetExtension(relativePath).ToLowerInvariant() switch
        {
            ".txt" or ".text" => ReaderFit.Extension,
            "" => ReaderFit.Guess,
            _ => ReaderFit.None,
        };

    public IEnumerable<Article> Read(SourceFile file)
    {
        var lines = file.Text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n');
        var index = 0;
        var meta = FrontMatter.ReadYamlBlock(lines, ref index);
        if (meta.Count == 0)
        {
            meta = FrontMatter.ReadHeaderLines(lines, ref index);
        }

        while (index < lines.Length && string.IsNullOrWhiteSpace(lines[index]))
        {
            index++;
        }

        if (index >= lines.Length)
        {
            throw new ArticleReadException(file.PortablePath, null, "the file has no text");
        }

        var title = meta.Title;
        if (title is null)
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

        if (ProseCheck.Problem(body) is { } notProse)
        {
            throw new ArticleReadException(file.PortablePath, null, notProse);
        }

        yield return new Article
        {
            Id = ArticleIds.Choose(meta.Id, meta.Url, file.PortablePath),
            Title = title,
            Body = body,
            Date = meta.Date,
            Url = meta.Url,
            Author = meta.Author,
            Source = new ArticleSource(file.PortablePath),
            DeclaredLocations = meta.Locations,
        };
    }
}
