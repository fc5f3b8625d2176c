using System.Collections.Concurrent;
using System.Diagnostics;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Search.Core.Articles;
using Search.Core.Extraction;
using Search.Core.Reading;
using Search.Core.Schema;

namespace Search.Core.Indexing;

/// <summary>
/// Builds the index from a corpus folder: one thread lists and reads files, the workers extract and index articles.
/// The new index becomes visible in a single Lucene commit at the end, so a failed or killed build leaves the
/// previous commit, the one being served, untouched.
/// </summary>
public sealed class IndexBuilder(ArticleReaders readers, ArticleEnricher enricher)
{
    /// <summary>A builder with every supported format and the default extraction.</summary>
    public static IndexBuilder CreateDefault() => new(new ArticleReaders(), ArticleEnricher.CreateDefault());

    public BuildSummary Build(BuildOptions options, IProgress<BuildProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        if (!System.IO.Directory.Exists(options.CorpusPath))
        {
            throw new DirectoryNotFoundException($"Corpus folder '{options.CorpusPath}' does not exist.");
        }

        var stopwatch = Stopwatch.StartNew();
        var files = new CorpusScanner(options.Include, options.Exclude).Scan(options.CorpusPath);
        var sizes = files.Select(f => new FileInfo(Path.Combine(options.CorpusPath, f)).Length).ToArray();
        var bytesTotal = sizes.Sum();
        var fileReader = new CorpusFileReader(readers, options.MaxFileBytes);

        System.IO.Directory.CreateDirectory(options.IndexPath);
        using var directory = FSDirectory.Open(options.IndexPath);
        using var analyzer = NewsAnalyzers.Create();
        var config = new IndexWriterConfig(NewsAnalyzers.Version, analyzer)
        {
            OpenMode = OpenMode.CREATE,
            RAMBufferSizeMB = 128,
        };

        IndexWriter writer;
        try
        {
            writer = new IndexWriter(directory, config);
        }
        catch (LockObtainFailedException ex)
        {
            throw new IndexBusyException(options.IndexPath, ex);
        }

        var skipped = new ConcurrentBag<SkippedFile>();
        var ids = new ConcurrentDictionary<string, byte>(StringComparer.Ordinal);
        var byFormat = new ConcurrentDictionary<string, int>();
        var articles = 0;
        var filesDone = 0;
        long bytesDone = 0;
        var committed = false;

        try
        {
            using var queue = new BlockingCollection<Article>(boundedCapacity: 512);

            // A worker that fails cancels the reader too, so it never blocks on a full queue no one empties.
            using var failed = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            var workers = Enumerable.Range(0, Math.Max(1, options.Threads)).Select(_ => Task.Run(() =>
            {
                try
                {
                    IndexArticles();
                }
                catch
                {
                    failed.Cancel();
                    throw;
                }
            }, cancellationToken)).ToArray();

            void IndexArticles()
            {
                foreach (var article in queue.GetConsumingEnumerable(failed.Token))
                {
                    var enriched = EnrichOrKeep(article, skipped);
                    var id = ids.TryAdd(enriched.Id, 0) ? enriched.Id : UniqueFallbackId(enriched, ids);
                    writer.AddDocument(ArticleDocumentMapper.ToDocument(enriched with { Id = id }));
                    var done = Interlocked.Increment(ref articles);
                    if (done % 64 == 0)
                    {
                        progress?.Report(new BuildProgress(Volatile.Read(ref filesDone), files.Count, Interlocked.Read(ref bytesDone), bytesTotal, done, stopwatch.Elapsed));
                    }
                }
            }

            try
            {
                for (var i = 0; i < files.Count; i++)
                {
                    failed.Token.ThrowIfCancellationRequested();
                    var read = fileReader.Read(options.CorpusPath, files[i]);
                    if (read.Problem is not null)
                    {
                        skipped.Add(new SkippedFile(read.Path, read.Problem));
                    }
                    else
                    {
                        byFormat.AddOrUpdate(read.Format!, read.Articles.Count, (_, n) => n + read.Articles.Count);
                        foreach (var article in read.Articles)
                        {
                            queue.Add(article, failed.Token);
                        }
                    }

                    Interlocked.Add(ref bytesDone, sizes[i]);
                    Interlocked.Increment(ref filesDone);
                    progress?.Report(new BuildProgress(filesDone, files.Count, Interlocked.Read(ref bytesDone), bytesTotal, Volatile.Read(ref articles), stopwatch.Elapsed));
                }
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // A worker failed; waiting on the workers below rethrows its error rather than this cancellation.
            }
            finally
            {
                queue.CompleteAdding();
            }

            Task.WaitAll(workers, CancellationToken.None);
            writer.Commit();
            committed = true;
            progress?.Report(new BuildProgress(files.Count, files.Count, bytesTotal, bytesTotal, articles, stopwatch.Elapsed));
        }
        finally
        {
            if (committed)
            {
                writer.Dispose();
            }
            else
            {
                // Rollback discards everything since the last commit, so the served index stays as it was.
                writer.Rollback();
            }
        }

        return new BuildSummary(articles, files.Count, [.. skipped.OrderBy(s => s.Path, StringComparer.Ordinal)], stopwatch.Elapsed, options.IndexPath)
        {
            ArticlesByFormat = byFormat.ToDictionary(),
        };
    }

    /// <summary>An article whose extraction fails is still indexed, with its text and metadata only.</summary>
    private Article EnrichOrKeep(Article article, ConcurrentBag<SkippedFile> problems)
    {
        try
        {
            return enricher.Enrich(article);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            problems.Add(new SkippedFile(article.Source.ToString(), $"extraction failed, indexed without speakers, places and dates: {ex.Message}"));
            return article;
        }
    }

    private static string UniqueFallbackId(Article article, ConcurrentDictionary<string, byte> ids)
    {
        var candidate = ArticleIds.FromPath(article.Source.Path, article.Source.Position);
        for (var n = 2; !ids.TryAdd(candidate, 0); n++)
        {
            candidate = ArticleIds.FromPath(article.Source.Path, article.Source.Position) + "-" + n;
        }

        return candidate;
    }
}
