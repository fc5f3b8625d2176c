using System.Net;
using Search.Tests.Fixtures;

namespace Search.Tests.Api;

public class QuoteApiTests(ApiServer server) : IClassFixture<ApiServer>
{
    [Fact]
    public async Task A_phrase_finds_who_said_it_highlighted_with_its_article()
    {
        var json = await ApiJson.Get(server.Client, "/api/quotes?q=%22declare+victory%22");

        Assert.Equal(1, json.GetProperty("total").GetInt32());
        Assert.True(json.GetProperty("tookMs").GetDouble() >= 0);
        var hit = json.GetProperty("hits")[0];
        Assert.Equal("Jane Doe", hit.GetProperty("speaker").GetString());
        Assert.Equal("We are not yet ready to <mark>declare</mark> <mark>victory</mark> over inflation", hit.GetProperty("text").GetString());
        Assert.Equal("Central bank holds rates as inflation cools", hit.GetProperty("title").GetString());
        Assert.Equal("2020-03-03", hit.GetProperty("date").GetString());
        var article = await ApiJson.Get(server.Client, "/api/articles/" + hit.GetProperty("articleId").GetString());
        Assert.Equal("Central bank holds rates as inflation cools", article.GetProperty("title").GetString());
        Assert.Equal(["Jane Doe"], ApiJson.Strings(json.GetProperty("facets").GetProperty("speakers"), "value"));
    }

    [Fact]
    public async Task A_speaker_lists_what_they_said_newest_first_and_only_theirs()
    {
        var json = await ApiJson.Get(server.Client, "/api/quotes?speaker=amara%20okafor");

        var hits = json.GetProperty("hits").EnumerateArray().ToList();
        Assert.Equal(2, json.GetProperty("total").GetInt32());
        Assert.All(hits, h => Assert.Equal("Amara Okafor", h.GetProperty("speaker").GetString()));
        Assert.Equal("This title belongs to the whole city", hits[0].GetProperty("text").GetString());

        var all = await ApiJson.Get(server.Client, "/api/quotes?size=100");
        var dates = all.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("date").GetString() ?? string.Empty).ToList();
        Assert.True(dates.Count >= 4, string.Join(", ", dates));
        Assert.Equal(dates.OrderByDescending(d => d, StringComparer.Ordinal), dates);
    }

    [Fact]
    public async Task Quote_search_never_returns_articles_and_article_search_never_returns_quotes()
    {
        var quotes = await ApiJson.Get(server.Client, "/api/quotes?q=title:opec");
        Assert.Equal(0, quotes.GetProperty("total").GetInt32());

        var articles = await ApiJson.Get(server.Client, "/api/search?q=quote_text:oversupplied");
        Assert.Equal(0, articles.GetProperty("total").GetInt32());

        var health = await ApiJson.Get(server.Client, "/health");
        Assert.Equal(server.Index.Summary.Articles, health.GetProperty("articles").GetInt32());
    }

    [Fact]
    public async Task Quote_text_is_html_escaped()
    {
        var json = await ApiJson.Get(server.Client, "/api/quotes?size=100");

        Assert.All(json.GetProperty("hits").EnumerateArray(), h => Assert.DoesNotContain("<script", h.GetProperty("text").GetString()));
    }

    [Fact]
    public async Task Speaker_profile_counts_months_places_and_latest_quotes()
    {
        var json = await ApiJson.Get(server.Client, "/api/speakers/jane%20doe");
        var quoted = (await ApiJson.Get(server.Client, "/api/quotes?speaker=Jane%20Doe")).GetProperty("total").GetInt32();

        Assert.Equal("Jane Doe", json.GetProperty("name").GetString());
        Assert.True(quoted >= 2);
        Assert.Equal(quoted, json.GetProperty("quotes").GetInt32());
        Assert.Equal(1, json.GetProperty("articles").GetInt32());
        var month = Assert.Single(json.GetProperty("months").EnumerateArray());
        Assert.Equal("2020-03", month.GetProperty("month").GetString());
        Assert.Equal(quoted, month.GetProperty("count").GetInt32());
        Assert.Contains("Geneva", ApiJson.Strings(json.GetProperty("places"), "value"));
        Assert.Equal(quoted, json.GetProperty("latestQuotes").GetArrayLength());
        Assert.DoesNotContain("Jane Doe", ApiJson.Strings(json.GetProperty("people"), "value"));

        await ApiJson.Get(server.Client, "/api/speakers/nobody%20at%20all", HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("/api/quotes?page=0", "page")]
    [InlineData("/api/quotes?size=101", "size")]
    [InlineData("/api/quotes?size=ten", "size")]
    [InlineData("/api/quotes?from=2024-02-30", "from")]
    [InlineData("/api/quotes?to=soon", "to")]
    [InlineData("/api/quotes?from=2024&to=2023", "after")]
    [InlineData("/api/quotes?page=200&size=100", "exceed")]
    [InlineData("/api/speakers/%20", "name")]
    public async Task Bad_parameters_are_400_problem_json(string url, string mentioned) =>
        await ApiJson.AssertBadRequest(server.Client, url, mentioned);
}
