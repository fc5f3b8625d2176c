using System.Net;
using Search.Tests.Fixtures;

namespace Search.Tests.Api;

public class RelatedApiTests(ApiServer server) : IClassFixture<ApiServer>
{
    [Fact]
    public async Task Related_articles_of_an_oil_story_are_the_other_oil_stories_not_itself()
    {
        var json = await ApiJson.Get(server.Client, "/api/articles/reuters-901/related");

        Assert.Equal("reuters-901", json.GetProperty("id").GetString());
        var ids = ApiJson.Strings(json.GetProperty("hits"), "id");
        Assert.Equal("nw-2024-0002", ids[0]);
        Assert.DoesNotContain("reuters-901", ids);
        var hit = json.GetProperty("hits")[0];
        foreach (var name in new[] { "title", "date", "speakers", "locations", "score", "url" })
        {
            Assert.True(hit.TryGetProperty(name, out _), $"hit has no '{name}'");
        }
    }

    [Fact]
    public async Task The_article_page_links_its_related_articles()
    {
        var response = await server.Client.GetAsync("/articles/reuters-901");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<h2 id=\"related-heading\">Related articles</h2>", html);
        Assert.Contains("<a href=\"/articles/nw-2024-0002\">Saudi Arabia signals steady supply</a>", html);
    }

    [Fact]
    public async Task Recency_reorders_matches_but_never_drops_any()
    {
        var plain = await ApiJson.Get(server.Client, "/api/search?q=oil&size=100");
        var decayed = await ApiJson.Get(server.Client, "/api/search?q=oil&size=100&recency=30d");

        Assert.Equal(plain.GetProperty("total").GetInt32(), decayed.GetProperty("total").GetInt32());
        Assert.Equal(ApiJson.Strings(plain.GetProperty("hits"), "id").Order(), ApiJson.Strings(decayed.GetProperty("hits"), "id").Order());
    }

    [Theory]
    [InlineData("/api/articles/reuters-901/related?size=0", "size")]
    [InlineData("/api/articles/reuters-901/related?size=51", "size")]
    [InlineData("/api/search?q=oil&recency=soon", "recency")]
    [InlineData("/api/search?q=oil&recency=0d", "recency")]
    [InlineData("/api/search?q=oil&recency=30d&sort=date", "recency")]
    public async Task Bad_parameters_are_400_problem_json(string url, string mentioned) =>
        await ApiJson.AssertBadRequest(server.Client, url, mentioned);

    [Fact]
    public async Task Related_of_an_unknown_article_is_404() =>
        await ApiJson.Get(server.Client, "/api/articles/no-such-article/related", HttpStatusCode.NotFound);
}
