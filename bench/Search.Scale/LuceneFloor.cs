using System.Text.Json;
using Lucene.Net.Analysis.En;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Search.Core.Schema;

namespace Search.Scale;

/// <summary>
/// What Lucene.Net alone costs for the peers' build: the same exported JSON Lines they load, title and body indexed
/// with Lucene's own English analyzer and stored (as FTS5 and Xapian store them for snippets), on every core, then
/// merged into one segment (as FTS5's optimize and Xapian's compaction do). No extraction, no other fields. It sets
/// the least time any build on this stack can take, which the build target is measured against.
/// </summary>
internal static class LuceneFloor
{
    // Our indexer's buffer for a corpus of Reuters' size (IndexBuilder): both threads flush as they go.
    private const double BufferMB = 16;

    public static int Run(string articlesPath, string indexPath)
    {
        var articles = File.ReadLines(articlesPath).Select(line => JsonSerializer.Deserialize<ExportedArticle>(line, JsonSerializerOptions.Web)!).ToList();
        using var directory = FSDirectory.Open(indexPath);
        using var analyzer = new EnglishAnalyzer(NewsAnalyzers.Version);
        var config = new IndexWriterConfig(NewsAnalyzers.Version, analyzer) { OpenMode = OpenMode.CREATE, RAMBufferSizeMB = BufferMB, UseCompoundFile = false };
        using (var writer = new IndexWriter(directory, config))
        {
            Parallel.ForEach(articles, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, article => writer.AddDocument(
            [
                new StringField("id", article.Id, Field.Store.YES),
                new TextField("title", article.Title, Field.Store.YES),
                new TextField("body", article.Body, Field.Store.YES),
            ]));
            writer.ForceMerge(1);
            writer.Commit();
        }

        Console.WriteLine($"lucene: indexed {articles.Count} articles");
        return 0;
    }

    private sealed record ExportedArticle(string Id, string Title, string Body);
}
