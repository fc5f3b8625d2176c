using Search.Core.Indexing;
using Search.Core.Searching;
using Search.Tests.Fixtures;

namespace Search.Tests.Indexing;

public class IndexBuilderTests
{
    [Fact]
    public void Indexes_every_format_and_reports_the_counts()
    {
        using var corpus = SampleArticles.Corpus();

        var summary = IndexBuilder.CreateDefault().Build(new BuildOptions(corpus.CorpusPath, corpus.IndexPath));

        Assert.Equal(6, summary.Articles);
        Assert.Equal(4, summary.Files);
        Assert.Empty(summary.Skipped);
        Assert.Equal(2, summary.ArticlesByFormat["reuters-sgml"]);
        using var search = new SearchService(corpus.IndexPath);
        Assert.Equal(6, search.Count);
    }

    [Fact]
    public void Broken_files_are_skipped_with_reasons_and_the_rest_indexed()
    {
        using var corpus = SampleArticles.Corpus()
            .Write("bad/broken.jsonl", "{\"title\": \"ok\", \"body\": \"fine\"}\n{not json")
            .Write("bad/empty.txt", string.Empty)
            .WriteBytes("bad/binary.txt", [0x00, 0x01, 0x02, 0xFF, 0x00]);

        var summary = IndexBuilder.CreateDefault().Build(new BuildOptions(corpus.CorpusPath, corpus.IndexPath));

        Assert.Equal(7, summary.Articles);
        Assert.Equal(3, summary.Skipped.Count);
        Assert.Contains(summary.Skipped, s => s.Path == "bad/broken.jsonl" && s.Reason.StartsWith("line 2:", StringComparison.Ordinal));
        Assert.Contains(summary.Skipped, s => s.Path == "bad/empty.txt" && s.Reason == "empty file");
        Assert.Contains(summary.Skipped, s => s.Path == "bad/binary.txt" && s.Reason.Contains("binary", StringComparison.Ordinal));
    }

    [Fact]
    public void A_failed_build_leaves_the_served_index_untouched()
    {
        using var corpus = SampleArticles.Corpus();
        IndexBuilder.CreateDefault().Build(new BuildOptions(corpus.CorpusPath, corpus.IndexPath));
        using var search = new SearchService(corpus.IndexPath);
        var before = search.Search(new SearchRequest { Query = "inflation" }).Total;

        // Cancel the rebuild part-way, as a crash or Ctrl+C would end it.
        corpus.Write("more/extra.txt", "Extra article\n\nInflation everywhere.");
        using var cancel = new CancellationTokenSource();
        var progress = new CancelOnFirstReport(cancel);
        Assert.ThrowsAny<OperationCanceledException>(() =>
            IndexBuilder.CreateDefault().Build(new BuildOptions(corpus.CorpusPath, corpus.IndexPath) { Threads = 1 }, progress, cancel.Token));

        search.Refresh();
        Assert.Equal(6, search.Count);
        Assert.Equal(before, search.Search(new SearchRequest { Query = "inflation" }).Total);
        using var reopened = new SearchService(corpus.IndexPath);
        Assert.Equal(6, reopened.Count);
    }

    [Fact]
    public async Task A_rebuild_while_searching_is_picked_up_and_no_search_fails()
    {
        using var corpus = SampleArticles.Corpus();
        IndexBuilder.CreateDefault().Build(new BuildOptions(corpus.CorpusPath, corpus.IndexPath));
        using var search = new SearchService(corpus.IndexPath);

        corpus.Write("text/2024-02-02_new.txt", "Harbour reopens\n\nODESA, Feb 2 - The harbour reopened, said port chief Olena Marchenko.");
        var totals = new System.Collections.Concurrent.ConcurrentBag<int>();
        using var stop = new CancellationTokenSource();
        var searching = Task.Run(() =>
        {
            while (!stop.IsCancellationRequested)
            {
                totals.Add(search.Search(new SearchRequest()).Total);
                search.Refresh();
            }
        });

        IndexBuilder.CreateDefault().Build(new BuildOptions(corpus.CorpusPath, corpus.IndexPath));
        search.Refresh();
        stop.Cancel();
        await searching;

        Assert.Equal(7, search.Count);
        Assert.All(totals, t => Assert.True(t is 6 or 7, $"a search saw {t} articles, neither the old index nor the new"));
        Assert.Equal(1, search.Search(new SearchRequest { Query = "harbour" }).Total);
    }

    [Fact]
    public async Task A_second_indexer_on_the_same_index_is_told_it_is_busy()
    {
        using var corpus = SampleArticles.Corpus();
        using var cancel = new CancellationTokenSource();
        var entered = new ManualResetEventSlim();
        var release = new ManualResetEventSlim();
        var first = Task.Run(() => IndexBuilder.CreateDefault().Build(
            new BuildOptions(corpus.CorpusPath, corpus.IndexPath) { Threads = 1 },
            new BlockOnFirstReport(entered, release)));

        try
        {
            Assert.True(entered.Wait(TimeSpan.FromSeconds(30)));
            Assert.Throws<IndexBusyException>(() => IndexBuilder.CreateDefault().Build(new BuildOptions(corpus.CorpusPath, corpus.IndexPath)));
        }
        finally
        {
            release.Set();
        }

        Assert.Equal(6, (await first).Articles);
    }

    [Fact]
    public void A_full_build_is_merged_into_one_segment_and_an_incremental_build_adds_its_own()
    {
        using var corpus = new TempCorpus();
        for (var i = 0; i < 40; i++)
        {
            corpus.Write($"text/2024-01-{(i % 28) + 1:00}_story{i}.txt", $"Story {i}\n\nLONDON, Jan 5 - Article {i} on trade talks, said minister Jane Doe.");
        }

        var full = new RecordProgress();
        IndexBuilder.CreateDefault().Build(new BuildOptions(corpus.CorpusPath, corpus.IndexPath) { Threads = 4 }, full);
        Assert.Equal(1, Segments(corpus.IndexPath));
        Assert.Contains(full.Reports, p => p.Merging);

        corpus.Write("text/2024-02-02_new.txt", "Harbour reopens\n\nODESA, Feb 2 - The harbour reopened, said port chief Olena Marchenko.");
        var incremental = new RecordProgress();
        IndexBuilder.CreateDefault().Build(new BuildOptions(corpus.CorpusPath, corpus.IndexPath) { Threads = 4 }, incremental);
        Assert.Equal(2, Segments(corpus.IndexPath));
        Assert.DoesNotContain(incremental.Reports, p => p.Merging);
        using var search = new SearchService(corpus.IndexPath);
        Assert.Equal(41, search.Count);
    }

    private static int Segments(string indexPath)
    {
        using var directory = Lucene.Net.Store.FSDirectory.Open(indexPath);
        using var reader = Lucene.Net.Index.DirectoryReader.Open(directory);
        return reader.Leaves.Count;
    }

    private sealed class RecordProgress : IProgress<BuildProgress>
    {
        public System.Collections.Concurrent.ConcurrentQueue<BuildProgress> Reports { get; } = new();

        public void Report(BuildProgress value) => Reports.Enqueue(value);
    }

    private sealed class CancelOnFirstReport(CancellationTokenSource cancel) : IProgress<BuildProgress>
    {
        public void Report(BuildProgress value) => cancel.Cancel();
    }

    private sealed class BlockOnFirstReport(ManualResetEventSlim entered, ManualResetEventSlim release) : IProgress<BuildProgress>
    {
        public void Report(BuildProgress value)
        {
            entered.Set();
            release.Wait();
        }
    }
}
