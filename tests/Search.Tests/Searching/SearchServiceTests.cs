using Search.Core.Searching;
using Search.Tests.Fixtures;

namespace Search.Tests.Searching;

public class SearchServiceTests(BuiltIndex index) : IClassFixture<BuiltIndex>
{
    private SearchResult Search(SearchRequest request) => index.Search.Search(request);

    [Fact]
    public void Quoted_word_is_found_highlighted_with_its_speaker()
    {
        var result = Search(new SearchRequest { Query = "sticky" });

        var hit = Assert.Single(result.Hits);
        Assert.Equal("Central bank holds rates as inflation cools", hit.Title);
        Assert.Contains("Jane Doe", hit.Speakers);
        Assert.Contains("Geneva", hit.Locations);
        Assert.Equal("2020-03-03", hit.Date);
        Assert.Contains("<mark>sticky</mark>", hit.Highlight.Body[0]);
    }

    [Fact]
    public void Stemming_matches_other_forms_and_title_matches_rank_first()
    {
        var result = Search(new SearchRequest { Query = "oil" });

        Assert.Equal(2, result.Total);
        Assert.Equal("reuters-901", result.Hits[0].Id);
        Assert.Equal("SAUDI <mark>OIL</mark> OUTPUT STEADY, MINISTER SAYS", result.Hits[0].Highlight.Title);
    }

    [Fact]
    public void Speaker_name_word_finds_the_article_and_field_queries_work()
    {
        Assert.Contains(Search(new SearchRequest { Query = "okafor" }).Hits, h => h.Speakers.Contains("Amara Okafor"));
        Assert.Single(Search(new SearchRequest { Query = "speaker:\"Jane Doe\"" }).Hits);
    }

    [Fact]
    public void Phrase_boolean_and_prefix_queries()
    {
        Assert.Equal(1, Search(new SearchRequest { Query = "\"declare victory\"" }).Total);
        Assert.Equal(0, Search(new SearchRequest { Query = "\"victory declare\"" }).Total);
        Assert.Equal(Search(new SearchRequest { Query = "oil" }).Total - Search(new SearchRequest { Query = "oil AND saudi" }).Total, Search(new SearchRequest { Query = "oil NOT saudi" }).Total);
        Assert.True(Search(new SearchRequest { Query = "infla*" }).Total >= 2);
    }

    [Fact]
    public void Invalid_syntax_still_searches_the_words()
    {
        var result = Search(new SearchRequest { Query = "sticky AND (\"" });
        Assert.Equal(1, result.Total);
    }

    [Fact]
    public void Filters_match_whole_names_ignoring_case_and_accents_and_combine()
    {
        Assert.Equal(1, Search(new SearchRequest { Speakers = ["jane doe"] }).Total);
        Assert.Equal(0, Search(new SearchRequest { Speakers = ["jane"] }).Total);
        Assert.Equal(2, Search(new SearchRequest { Speakers = ["Jane Doe", "AMARA OKAFOR"] }).Total);
        Assert.Equal(1, Search(new SearchRequest { Speakers = ["Jane Doe", "Amara Okafor"], Locations = ["nigeria"] }).Total);
        Assert.True(Search(new SearchRequest { Locations = ["zürich"] }).Total == Search(new SearchRequest { Locations = ["Zurich"] }).Total);
    }

    [Fact]
    public void Date_range_filter_and_date_sort()
    {
        var feb2024 = Search(new SearchRequest { From = new DateOnly(2024, 2, 1), To = new DateOnly(2024, 2, 29) });
        Assert.Equal(3, feb2024.Total);
        Assert.All(feb2024.Hits, h => Assert.StartsWith("2024-02", h.Date));

        var newest = Search(new SearchRequest { Query = "oil", Sort = SearchSort.Date });
        var dates = newest.Hits.Select(h => h.Date).ToList();
        Assert.Equal(dates.OrderByDescending(d => d, StringComparer.Ordinal), dates);
    }

    [Fact]
    public void Empty_query_lists_everything_newest_first_with_facets()
    {
        var all = Search(new SearchRequest { Size = 100 });

        Assert.Equal(index.Summary.Articles, all.Total);
        var dates = all.Hits.Select(h => h.Date ?? string.Empty).ToList();
        Assert.Equal(dates.OrderByDescending(d => d, StringComparer.Ordinal), dates);
        Assert.Contains(all.Facets.Years, y => y.Value == "2024" && y.Count == 4);
        Assert.Contains(all.Facets.Speakers, s => s.Value == "Jane Doe" && s.Count == 1);
        Assert.Contains(all.Facets.Locations, l => l.Value == "Saudi Arabia" && l.Count >= 2);
    }

    [Fact]
    public void Paging_returns_disjoint_pages()
    {
        var first = Search(new SearchRequest { Size = 2, Page = 1 });
        var second = Search(new SearchRequest { Size = 2, Page = 2 });

        Assert.Equal(2, second.Hits.Count);
        Assert.Empty(first.Hits.Select(h => h.Id).Intersect(second.Hits.Select(h => h.Id)));
    }

    [Fact]
    public void A_phrase_is_marked_where_its_words_stand_together_and_not_elsewhere()
    {
        var hit = Assert.Single(Search(new SearchRequest { Query = "\"central bank\"" }).Hits);
        var body = string.Join(" ", hit.Highlight.Body);

        Assert.StartsWith("<mark>Central</mark> <mark>bank</mark> holds", hit.Highlight.Title);
        Assert.Contains("Swiss <mark>central</mark> <mark>bank</mark> kept", body);
        Assert.DoesNotContain("<mark>bank</mark> would", body);
    }

    [Fact]
    public void Prefix_matches_are_marked_too()
    {
        var hit = Search(new SearchRequest { Query = "infla*" }).Hits.Single(h => h.Title == "Central bank holds rates as inflation cools");

        Assert.Contains("<mark>inflation</mark>", hit.Highlight.Title);
        Assert.Contains("<mark>inflation</mark> had eased", string.Join(" ", hit.Highlight.Body));
    }

    [Fact]
    public void Highlights_escape_article_markup_and_only_mark_tags_remain()
    {
        var hit = Assert.Single(Search(new SearchRequest { Query = "hostile" }).Hits);

        Assert.DoesNotContain("<script>", hit.Highlight.Title);
        Assert.Contains("&lt;script&gt;", hit.Highlight.Title);
        Assert.Contains("<mark>Hostile</mark>", hit.Highlight.Title);

        var body = Assert.Single(Search(new SearchRequest { Query = "inflation story" }).Hits).Highlight.Body;
        var withoutMarks = string.Join(" ", body).Replace("<mark>", string.Empty).Replace("</mark>", string.Empty);
        Assert.DoesNotContain('<', withoutMarks);
        Assert.Contains("&lt;img", withoutMarks);
    }

    [Fact]
    public void Article_round_trips_through_the_index()
    {
        var article = index.Search.GetArticle("nw-2024-0001");

        Assert.NotNull(article);
        Assert.Equal("OPEC weighs deeper output cuts", article.Title);
        Assert.Equal(new DateOnly(2024, 1, 9), article.Date);
        Assert.Equal("https://news.example.com/opec-cuts", article.Url);
        Assert.Equal("jsonl/oil.jsonl#1", article.Source.ToString());
        Assert.Contains("Kenji Watanabe", article.Speakers);
        Assert.Contains(article.Quotes, q => q.Speaker == "Kenji Watanabe" && q.Text == "The market is oversupplied");
        Assert.Contains("Vienna", article.Locations);
        Assert.Null(index.Search.GetArticle("no-such-id"));
    }
}
