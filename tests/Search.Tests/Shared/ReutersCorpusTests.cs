using Search.Core.Searching;
using Search.Tests.Fixtures;

namespace Search.Tests.Shared;

public class ReutersCorpusTests(ReutersIndex reuters) : IClassFixture<ReutersIndex>
{
    private SearchService Search()
    {
        SharedData.Require("corpora/reuters21578");
        return reuters.Search!;
    }

    [SkippableFact]
    public void Every_article_is_indexed_and_no_file_skipped()
    {
        var search = Search();

        Assert.Equal(21_578, reuters.Summary!.Articles);
        Assert.Equal(22, reuters.Summary.Files);
        Assert.Empty(reuters.Summary.Skipped);
        Assert.Equal(21_578, search.Count);
    }

    [SkippableFact]
    public void Oil_in_saudi_arabia_in_march_1987_returns_only_those()
    {
        var result = Search().Search(new SearchRequest
        {
            Query = "oil",
            Locations = ["saudi arabia"],
            From = new DateOnly(1987, 3, 1),
            To = new DateOnly(1987, 3, 31),
            Size = 100,
        });

        Assert.InRange(result.Total, 10, 500);
        Assert.All(result.Hits, hit =>
        {
            Assert.StartsWith("1987-03", hit.Date);
            Assert.Contains("Saudi Arabia", hit.Locations);
            Assert.Contains("<mark>", string.Join(" ", hit.Highlight.Body) + hit.Highlight.Title);
        });
    }

    [SkippableFact]
    public void Dateline_body_and_places_are_stored()
    {
        var article = Search().GetArticle("reuters-1");

        Assert.NotNull(article);
        Assert.Equal("BAHIA COCOA REVIEW", article.Title);
        Assert.Equal(new DateOnly(1987, 2, 26), article.Date);
        Assert.Contains("Uruguay", article.Locations);
        Assert.Contains("United States", article.Locations);
        Assert.StartsWith("SALVADOR, Feb 26 - Showers continued throughout the week", article.Body);
    }
}
