namespace Search.Core.Reading;

/// <summary>The readers for every supported format, and the choice of one for a file.</summary>
public sealed class ArticleReaders
{
    private readonly IReadOnlyList<IArticleReader> readers;

    public ArticleReaders(IEnumerable<IArticleReader>? readers = null)
    {
        this.readers = readers?.ToList() ?? [new ReutersSgmlReader(), new JsonArticleReader(), new PlainTextReader()];
    }

    /// <summary>The reader that takes this file, or null when no supported format does.</summary>
    public IArticleReader? For(string relativePath, string text) => readers.FirstOrDefault(r => r.Accepts(relativePath, text));

    /// <summary>Whether any reader might take a file with this name, before its content is read.</summary>
    public static bool IsCandidate(string relativePath) =>
        Path.GetExtension(relativePath).ToLowerInvariant() is ".txt" or ".text" or ".json" or ".jsonl" or ".ndjson" or ".sgm" or ".sgml";
}
