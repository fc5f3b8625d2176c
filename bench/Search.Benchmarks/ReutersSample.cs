using Search.Core.Articles;
using Search.Core.Extraction;
using Search.Core.Reading;

namespace Search.Benchmarks;

/// <summary>The first few hundred articles of Reuters-21578, as our reader and enricher produce them.</summary>
internal static class ReutersSample
{
    public const int Size = 300;

    /// <summary>The file the sample comes from: 1,000 records, ~1.3 MB.</summary>
    public static SourceFile File()
    {
        var path = Path.Combine(SharedCorpus.Reuters, "reut2-000.sgm");
        return new SourceFile("reut2-000.sgm", TextDecoder.Decode(System.IO.File.ReadAllBytes(path)));
    }

    /// <summary>Articles as read, before extraction; only those with some body text.</summary>
    public static Article[] Read() =>
        [.. new ReutersSgmlReader().Read(File()).Where(a => a.Body.Length > 0).Take(Size)];

    public static Article[] Enriched()
    {
        var enricher = ArticleEnricher.CreateDefault();
        return [.. Read().Select(enricher.Enrich)];
    }
}
