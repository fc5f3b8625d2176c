using System.Diagnostics;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Search.Core.Articles;
using Search.Core.Extraction;
using Search.Core.Indexing;
using Search.Core.Reading;
using Search.Core.Schema;

namespace Search.Scale;

/// <summary>
/// Where a build's time goes: the same steps as <see cref="IndexBuilder"/> (read the files, extract, map and add to
/// Lucene, commit) run one after another on one thread, each timed on its own, so the split does not depend on how
/// the builder overlaps them. The index goes to a temporary folder that is deleted afterwards.
/// </summary>
internal static class BuildSplit
{
    public static int Run(string corpus, IReadOnlyList<string> include)
    {
        var clock = Stopwatch.StartNew();
        var reader = new CorpusFileReader(new ArticleReaders(), BuildOptions.DefaultMaxFileBytes);
        var articles = new List<(Article Article, string File)>();
        foreach (var file in new CorpusScanner(include, []).Scan(corpus))
        {
            articles.AddRange(reader.Read(corpus, file).Articles.Select(a => (a, file)));
        }

        var reading = clock.Elapsed;
        clock.Restart();
        var enricher = ArticleEnricher.CreateDefault();
        var enriched = articles.Select(a => (enricher.Enrich(a.Article), a.File)).ToList();
        var extraction = clock.Elapsed;

        var path = Path.Combine(Path.GetTempPath(), "scale-split-" + Environment.ProcessId);
        try
        {
            clock.Restart();
            using var directory = FSDirectory.Open(path);
            using var analyzer = NewsAnalyzers.Create();
            using (var writer = new IndexWriter(directory, new IndexWriterConfig(NewsAnalyzers.Version, analyzer) { RAMBufferSizeMB = 256, UseCompoundFile = false }))
            {
                foreach (var (article, file) in enriched)
                {
                    var document = ArticleDocumentMapper.ToDocument(article);
                    document.Add(new StringField(ArticleFields.CorpusFile, file, Field.Store.NO));
                    writer.AddDocument(document);
                }

                var indexing = clock.Elapsed;
                clock.Restart();
                writer.Commit();
                var commit = clock.Elapsed;
                var total = reading + extraction + indexing + commit;
                Console.WriteLine($"{articles.Count:N0} articles, one thread: reading {reading.TotalSeconds:F1} s, extraction {extraction.TotalSeconds:F1} s, " +
                    $"indexing {indexing.TotalSeconds:F1} s, commit {commit.TotalSeconds:F1} s; total {total.TotalSeconds:F1} s " +
                    $"({Share(reading, total)} / {Share(extraction, total)} / {Share(indexing + commit, total)}); " +
                    $"per article: extraction {extraction.TotalMilliseconds / articles.Count:F2} ms, indexing {(indexing + commit).TotalMilliseconds / articles.Count:F2} ms");
            }

            return 0;
        }
        finally
        {
            System.IO.Directory.Delete(path, recursive: true);
        }
    }

    private static string Share(TimeSpan part, TimeSpan total) => $"{part / total:P0}";
}
