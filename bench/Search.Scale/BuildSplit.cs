using System.Diagnostics;
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
/// Lucene, commit) run one after another on one thread, each timed on its own in CPU seconds, so the split does not depend on how
/// the builder overlaps them. The index goes to a temporary folder that is deleted afterwards.
/// </summary>
internal static class BuildSplit
{
    public static int Run(string corpus, IReadOnlyList<string> include)
    {
        var clock = new CpuClock();
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
            using (var writer = new IndexWriter(directory, new IndexWriterConfig(NewsAnalyzers.Version, analyzer) { RAMBufferSizeMB = 256, UseCompoundFile = false, Codec = new NewsCodec() }))
            {
                foreach (var (article, file) in enriched)
                {
                    writer.AddDocuments(IndexedDocuments.For(article, file));
                }

                var indexing = clock.Elapsed;
                clock.Restart();
                writer.Commit();
                var commit = clock.Elapsed;
                var total = reading + extraction + indexing + commit;
                Console.WriteLine($"{articles.Count:N0} articles, one thread, CPU seconds: reading {reading.TotalSeconds:F1} s, extraction {extraction.TotalSeconds:F1} s, " +
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

    /// <summary>CPU time of the whole process since the last restart: unlike wall time, it hardly changes when other work shares the machine.</summary>
    private sealed class CpuClock
    {
        private TimeSpan start = Now();

        public TimeSpan Elapsed => Now() - start;

        public void Restart() => start = Now();

        private static TimeSpan Now() => Process.GetCurrentProcess().TotalProcessorTime;
    }

    private static string Share(TimeSpan part, TimeSpan total) => $"{part / total:P0}";
}
