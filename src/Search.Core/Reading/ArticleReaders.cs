namespace Search.Core.Reading;

/// <summary>The readers for every supported format, and the choice of one for a file.</summary>
public sealed class ArticleReaders
{
    private static readonly string[] ReadableExtensions =
        [".txt", ".text", ".json", ".jsonl", ".ndjson", ".sgm", ".sgml", ".md", ".markdown", ".html", ".htm", ".xml", ".nitf"];

    private readonly IReadOnlyList<IArticleReader> readers;

    public ArticleReaders(IEnumerable<IArticleReader>? readers = null)
    {
        this.readers = readers?.ToList()
            ?? [new NitfReader(), new ReutersSgmlReader(), new HtmlArticleReader(), new JsonArticleReader(), new MarkdownReader(), new PlainTextReader()];
    }

    /// <summary>
    /// The reader that claims this file most strongly (the earlier reader on a tie), or null when none does.
    /// The path is the name to judge by: for "wire.jsonl.gz" that is "wire.jsonl".
    /// </summary>
    public IArticleReader? For(string relativePath, string text)
    {
        IArticleReader? best = null;
        var bestFit = ReaderFit.None;
        foreach (var reader in readers)
        {
            var fit = reader.Fit(relativePath, text);
            if (fit > bestFit)
            {
                (best, bestFit) = (reader, fit);
            }
        }

        return best;
    }

    /// <summary>
    /// Whether any reader might take a file with this name, before its content is read: a known extension, no
    /// extension at all (judged by content), a zip archive, or a gzip of any of these.
    /// </summary>
    public static bool IsCandidate(string relativePath)
    {
        var extension = Path.GetExtension(relativePath).ToLowerInvariant();
        return extension switch
        {
            ".gz" => IsCandidate(relativePath[..^3]),
            ".zip" or "" => true,
            _ => ReadableExtensions.Contains(extension),
        };
    }
}
