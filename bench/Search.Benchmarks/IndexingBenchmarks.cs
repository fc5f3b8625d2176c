using BenchmarkDotNet.Attributes;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Search.Core.Articles;
using Search.Core.Schema;

namespace Search.Benchmarks;

/// <summary>
/// The Lucene side of indexing, extraction already done; time per article. Mapping an article to a document;
/// adding it to a long-lived in-memory index as a big build does (the writer's buffers are warm and segments are
/// flushed when the 128 MB buffer fills, as in IndexBuilder); and a fresh index of a few hundred articles with
/// its commit, which adds the writer's fixed costs.
/// </summary>
public class IndexingBenchmarks
{
    private Article[] articles = null!;
    private RAMDirectory directory = null!;
    private Analyzer analyzer = null!;
    private IndexWriter writer = null!;

    [GlobalSetup]
    public void Setup()
    {
        articles = ReutersSample.Enriched();
        directory = new RAMDirectory();
        analyzer = NewsAnalyzers.Create();
        writer = NewWriter(directory, analyzer);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        writer.Dispose();
        analyzer.Dispose();
        directory.Dispose();
    }

    [Benchmark(OperationsPerInvoke = ReutersSample.Size)]
    public int MapToDocument() => articles.Sum(a => ArticleDocumentMapper.ToDocument(a).Fields.Count);

    [Benchmark(Baseline = true, OperationsPerInvoke = ReutersSample.Size)]
    public int AddDocument()
    {
        foreach (var article in articles)
        {
            writer.AddDocument(ArticleDocumentMapper.ToDocument(article));
        }

        return writer.MaxDoc;
    }

    [Benchmark(OperationsPerInvoke = ReutersSample.Size)]
    public int NewIndexWithCommit()
    {
        using var fresh = new RAMDirectory();
        using var freshAnalyzer = NewsAnalyzers.Create();
        using var freshWriter = NewWriter(fresh, freshAnalyzer);
        foreach (var article in articles)
        {
            freshWriter.AddDocument(ArticleDocumentMapper.ToDocument(article));
        }

        freshWriter.Commit();
        return freshWriter.NumDocs;
    }

    private static IndexWriter NewWriter(Lucene.Net.Store.Directory directory, Analyzer analyzer) =>
        new(directory, new IndexWriterConfig(NewsAnalyzers.Version, analyzer) { RAMBufferSizeMB = 128 });
}
