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
/// Builds or updates the index from a corpus folder. Only files that changed since the last build are read (new,
/// changed and deleted files are added, replaced and removed), unless a full build is asked for. One thread reads
/// files, the workers extract and index articles. Everything becomes visible in a single Lucene commit at the end,
/// together with the manifest of indexed files, so a failed or killed build leaves the served index untouched and
/// the next run redoes the work.
/// </summary>
public sealed class IndexBuilder(ArticleReaders readers, ArticleEnricher enricher)
{
    private const double MinBufferMB = 16;
    private const double MaxBufferMB = 256;

    static IndexBuilder() => NewsCodec.Register();

    /// <summary>A builder with every supported format and the default extraction.</summary>
    public static IndexBuilder CreateDefault() => new(new ArticleReaders(), ArticleEnricher.CreateDefault());

    public BuildSummary Build(BuildOptions options, IProgress<BuildProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        try
        {
            return BuildOrThrow(options, progress, cancellationToken);
        }
        catch (Exception ex) when (IndexStorageException.Explain(ex, options.IndexPath) is { } storage)
        {
            // Lucene fails a full disk or read-only folder with the OS error deep in a segment file; say what it means.
            throw storage;
        }
    }

    private BuildSummary BuildOrThrow(BuildOptions options, IProgress<BuildProgress>? progress, CancellationToken cancellationToken)
    {
        if (!System.IO.Directory.Exists(options.CorpusPath))
        {
            throw new DirectoryNotFoundException($"Corpus folder '{options.CorpusPath}' does not exist.");
        }

        var stopwatch = Stopwatch.StartNew();
        var files = new CorpusScanner(options.Include, options.Exclude).Scan(options.CorpusPath)
            .Select(f => CorpusFile.Stat(options.CorpusPath, f))
            .ToList();

        using var writeLock = IndexWriteLock.Acquire(options.IndexPath);
        // Positional reads rather than memory maps: a merge reads whole segments, and every mapped page it touches counts
        // as the builder's resident memory. Force-merging the 1M-article index held 2.5 GB of mapped pages this way
        // against 35 MB read through NIOFS (bench/README.md).
        using var directory = new NIOFSDirectory(options.IndexPath);
        using var analyzer = NewsAnalyzers.Create();
        var writer = OpenWriter(directory, analyzer, options);
        var previous = options.Full ? null : IndexManifest.Read(directory);
        if (previous is null && writer.Config.OpenMode != OpenMode.CREATE)
        {
            // No usable manifest (no index yet, or one from another schema version): start over.
            writer.DeleteAll();
        }

        var changes = CorpusChanges.Between(files, previous);
        var bytesToRead = changes.ToRead.Sum(f => f.Size);
        writer.Config.RAMBufferSizeMB = IndexingBufferMB(bytesToRead);
        var run = new BuildRun(bytesToRead, changes.ToRead.Count, stopwatch, progress);
        var manifest = new IndexManifest();
        foreach (var file in changes.Unchanged)
        {
            manifest.Files[file.Path] = previous!.Files[file.Path];
        }

        var committed = false;
        try
        {
            foreach (var removed in changes.Removed)
            {
                writer.DeleteDocuments(new Term(ArticleFields.CorpusFile, removed));
            }

            IndexChangedFiles(options, changes, previous, manifest, writer, run, cancellationToken);
            if (previous is null)
            {
                // A full build is searched as it is until the next one, and every search pays per segment (term
                // look-ups, scorers, facet segments): on Reuters one segment instead of the two that parallel indexing
                // leaves cut a search's CPU by a quarter and p99 by half, for a merge of about a tenth of the build.
                // Incremental builds leave merging to the merge policy.
                run.Report(changes.ToRead.Count, merging: true);
                writer.ForceMerge(1);
                cancellationToken.ThrowIfCancellationRequested();
            }

            writer.SetCommitData(manifest.ToCommitData());
            writer.Commit();
            committed = true;
            run.Report(changes.ToRead.Count);
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

        using var reader = DirectoryReader.Open(directory);
        return new BuildSummary(run.Articles, files.Count, [.. run.Skipped.OrderBy(s => s.Path, StringComparer.Ordinal)], stopwatch.Elapsed, options.IndexPath)
        {
            ArticlesByFormat = run.ByFormat.ToDictionary(),
            Full = previous is null,
            FilesAdded = run.Added,
            FilesUpdated = run.Updated,
            FilesRemoved = changes.Removed.Count,
            FilesUnchanged = changes.Unchanged.Count + run.UnchangedContent,
            FilesStillUnreadable = changes.Unchanged.Count(f => previous!.Files[f.Path].SkippedReason is not null),
            TotalArticles = DocumentKinds.CountArticles(reader),
        };
    }

    /// <summary>
    /// The indexing buffer for a build that reads this much. Each indexing thread flushes its buffer to a segment when
    /// it is full, while the others go on indexing; what is still buffered at the end is flushed on one thread, with
    /// the other cores idle. On Reuters-21578 (27 MB) a 256 MB buffer left the whole index to that last flush, 4.7-5.0 s
    /// of a 17-19 s build; a buffer of about half the corpus flushes as it goes and cut the build by 1-1.4 s. Large
    /// corpora keep the largest buffer: fewer, larger segments to merge.
    /// </summary>
    private static double IndexingBufferMB(long bytesToRead) => Math.Clamp(bytesToRead / 2.0 / (1024 * 1024), MinBufferMB, MaxBufferMB);

    private static IndexWriter OpenWriter(Lucene.Net.Store.Directory directory, Lucene.Net.Analysis.Analyzer analyzer, BuildOptions options)
    {
        // The buffer is sized to the build once the files to read are known (IndexingBufferMB); compound files would
        // copy every segment once more for no gain on a server's file handle budget.
        var config = new IndexWriterConfig(NewsAnalyzers.Version, analyzer)
        {
            OpenMode = options.Full ? OpenMode.CREATE : OpenMode.CREATE_OR_APPEND,
            RAMBufferSizeMB = MaxBufferMB,
            UseCompoundFile = false,
            Codec = new NewsCodec(),
            MergePolicy = new TieredMergePolicy { NoCFSRatio = 0, SegmentsPerTier = 10 },
        };

        try
        {
            return new IndexWriter(directory, config);
        }
        catch (LockObtainFailedException ex)
        {
            throw new IndexBusyException(options.IndexPath, ex);
        }
    }

    private void IndexChangedFiles(BuildOptions options, CorpusChanges changes, IndexManifest? previous, IndexManifest manifest, IndexWriter writer, BuildRun run, CancellationToken cancellationToken)
    {
        var fileReader = new CorpusFileReader(readers, options.MaxFileBytes);
        using var queue = new BlockingCollection<(Article Article, string File)>(boundedCapacity: 512);

        // A worker that fails cancels the reader too, so it never blocks on a full queue no one empties.
        using var failed = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var workers = Enumerable.Range(0, Math.Max(1, options.Threads)).Select(_ => Task.Run(() =>
        {
            try
            {
                foreach (var (article, file) in queue.GetConsumingEnumerable(failed.Token))
                {
                    var enriched = EnrichOrKeep(article, run.Skipped);
                    var id = run.Ids.TryAdd(enriched.Id, 0) ? enriched.Id : UniqueFallbackId(enriched, run.Ids);
                    writer.AddDocuments(IndexedDocuments.For(enriched with { Id = id }, file));
                    run.ArticleIndexed();
                }
            }
            catch
            {
                failed.Cancel();
                throw;
            }
        }, CancellationToken.None)).ToArray();

        try
        {
            for (var i = 0; i < changes.ToRead.Count; i++)
            {
                failed.Token.ThrowIfCancellationRequested();
                var file = changes.ToRead[i];
                var known = previous?.Files.GetValueOrDefault(file.Path);
                var read = fileReader.Read(options.CorpusPath, file.Path);
                if (known is not null && read.ContentHash.Length > 0 && known.Hash == read.ContentHash)
                {
                    // Touched but not changed: keep what is indexed, remember the new time.
                    manifest.Files[file.Path] = known with { ModifiedTicks = file.ModifiedTicks, Size = file.Size };
                    run.FileDone(file.Size, unchangedContent: true);
                    continue;
                }

                if (known is not null)
                {
                    writer.DeleteDocuments(new Term(ArticleFields.CorpusFile, file.Path));
                }

                if (read.Problem is not null)
                {
                    run.Skipped.Add(new SkippedFile(read.Path, read.Problem));
                }
                else
                {
                    run.ByFormat.AddOrUpdate(read.Format!, read.Articles.Count, (_, n) => n + read.Articles.Count);
                    foreach (var article in read.Articles)
                    {
                        queue.Add((article, file.Path), failed.Token);
                    }
                }

                foreach (var entry in read.EntryProblems)
                {
                    run.Skipped.Add(new SkippedFile(entry.Path, entry.Reason));
                }

                manifest.Files[file.Path] = new FileState(file.Size, file.ModifiedTicks, read.ContentHash, read.Articles.Count, read.Problem);
                run.FileDone(file.Size, unchangedContent: false, updated: known is not null);
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

        try
        {
            Task.WaitAll(workers, CancellationToken.None);
        }
        catch (AggregateException) when (cancellationToken.IsCancellationRequested)
        {
            // Workers stopped because the build was cancelled; report the cancellation, not their echo of it.
        }

        cancellationToken.ThrowIfCancellationRequested();
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
