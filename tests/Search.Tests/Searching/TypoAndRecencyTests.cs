using Search.Core.Indexing;
using Search.Core.Searching;
using Search.Tests.Fixtures;

namespace Search.Tests.Searching;

/// <summary>An index built for typo tolerance and recency: a correctly spelt and a misspelt article, and an old and a new story on one subject.</summary>
public sealed class TypoAndRecencyIndex : IDisposable
{
    public TypoAndRecencyIndex()
    {
        Corpus = new TempCorpus()
            .Write("2021-01-04_kuwait.txt", "Kuwait minister speaks\n\nKUWAIT, Jan 4 - The Kuwait oil minister spoke on Monday about crude exports.")
            .Write("2021-01-05_kuwiat.txt", "Gulf exports rise\n\nDUBAI, Jan 5 - A report misspelt Kuwiat in its oil export tables on Tuesday.")
            .Write("2019-06-01_glacier-old.txt", "Glacier melt glacier retreat\n\nZURICH, June 1 - The glacier retreated again; glacier scientists said the glacier lost a record mass.")
            .Write("2023-06-01_glacier-new.txt", "Alpine summer report\n\nZURICH, June 1 - Hikers crowded the passes, and one glacier was closed for safety.");
        IndexBuilder.CreateDefault().Build(new BuildOptions(Corpus.CorpusPath, Corpus.IndexPath));
        Search = new SearchService(Corpus.IndexPath);
    }

    public TempCorpus Corpus { get; }

    public SearchService Search { get; }

    public void Dispose()
    {
        Search.Dispose();
        Corpus.Dispose();
    }
}

public class TypoAndRecencyTests(TypoAndRecencyIndex index) : IClassFixture<TypoAndRecencyIndex>
{
    private IReadOnlyList<string> Titles(SearchRequest request) => [.. index.Search.Search(request).Hits.Select(h => h.Title)];

    [Fact]
    public void A_rare_word_also_finds_its_one_typo_neighbours_ranked_below_exact_matches()
    {
        Assert.Equal(["Gulf exports rise", "Kuwait minister speaks"], Titles(new SearchRequest { Query = "kuwiat" }));
        Assert.Equal(["Kuwait minister speaks", "Gulf exports rise"], Titles(new SearchRequest { Query = "kuwait" }));
    }

    [Fact]
    public void Typo_matches_are_highlighted()
    {
        var hit = index.Search.Search(new SearchRequest { Query = "ministr" }).Hits.Single();

        Assert.Contains("<mark>minister</mark>", hit.Highlight.Title);
    }

    [Fact]
    public void Recency_puts_the_newer_story_first_and_a_long_half_life_keeps_relevance_order()
    {
        Assert.Equal("Glacier melt glacier retreat", Titles(new SearchRequest { Query = "glacier" })[0]);
        Assert.Equal("Alpine summer report", Titles(new SearchRequest { Query = "glacier", Recency = TimeSpan.FromDays(30) })[0]);
        Assert.Equal("Glacier melt glacier retreat", Titles(new SearchRequest { Query = "glacier", Recency = TimeSpan.FromDays(365 * 500) })[0]);
    }
}
