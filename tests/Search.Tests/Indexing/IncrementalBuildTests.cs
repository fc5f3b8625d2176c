using Search.Core.Indexing;
using Search.Core.Searching;
using Search.Tests.Fixtures;

namespace Search.Tests.Indexing;

public class IncrementalBuildTests
{
    private static BuildSummary Build(TempCorpus corpus, bool full = false) =>
        IndexBuilder.CreateDefault().Build(new BuildOptions(corpus.CorpusPath, corpus.IndexPath) { Full = full });

    [Fact]
    public void An_unchanged_corpus_reads_nothing_again()
    {
        using var corpus = SampleArticles.Corpus().Write("bad/broken.jsonl", "{not json");
        var first = Build(corpus);

        var second = Build(corpus);

        Assert.True(first.Full);
        Assert.Single(first.Skipped);
        Assert.False(second.Full);
        Assert.Equal(0, second.Articles);
        Assert.Equal(5, second.FilesUnchanged);
        Assert.Equal(1, second.FilesStillUnreadable);
        Assert.Empty(second.Skipped);
        Assert.Equal(6, second.TotalArticles);
    }

    [Fact]
    public void Added_changed_and_deleted_files_are_added_replaced_and_removed()
    {
        using var corpus = SampleArticles.Corpus();
        Build(corpus);

        corpus.Write("text/2024-02-02_harbour.txt", "Harbour reopens\n\nODESA, Feb 2 - The harbour reopened, said port chief Olena Marchenko.");
        corpus.Write("text/2020-03-03_rates.txt", "Central bank cuts rates\n\nGENEVA, March 3 - The bank cut rates to fight a slump, said Jane Doe.");
        corpus.Delete("sgml/oil.sgm");
        var summary = Build(corpus);

        // football and oil.jsonl are as they were.
        Assert.Equal((1, 1, 1, 2), (summary.FilesAdded, summary.FilesUpdated, summary.FilesRemoved, summary.FilesUnchanged));
        Assert.Equal(2, summary.Articles);
        Assert.Equal(5, summary.TotalArticles);

        using var search = new SearchService(corpus.IndexPath);
        Assert.Equal(1, search.Search(new SearchRequest { Query = "harbour" }).Total);
        Assert.Equal(1, search.Search(new SearchRequest { Query = "slump" }).Total);
        Assert.Equal(0, search.Search(new SearchRequest { Query = "sticky" }).Total);
        Assert.Null(search.GetArticle("reuters-901"));
        Assert.Equal(5, search.Count);
    }

    [Fact]
    public void A_touched_file_with_the_same_content_is_not_indexed_again()
    {
        using var corpus = SampleArticles.Corpus();
        Build(corpus);
        File.SetLastWriteTimeUtc(Path.Combine(corpus.CorpusPath, "jsonl/oil.jsonl"), DateTime.UtcNow.AddMinutes(5));

        var summary = Build(corpus);

        Assert.Equal(0, summary.Articles);
        Assert.Equal(4, summary.FilesUnchanged);
        Assert.Equal(6, summary.TotalArticles);
    }

    [Fact]
    public void Full_rebuild_reads_everything()
    {
        using var corpus = SampleArticles.Corpus();
        Build(corpus);

        var summary = Build(corpus, full: true);

        Assert.True(summary.Full);
        Assert.Equal(6, summary.Articles);
        Assert.Equal(6, summary.TotalArticles);
    }
}
