using System.Net;
using System.Text.Json;
using Search.Tests.Fixtures;

namespace Search.Tests.Api;

public class SearchApiTests(ApiServer server) : IClassFixture<ApiServer>
{
    private async Task<JsonElement> GetJson(string url, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var response = await server.Client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(expected == response.StatusCode, $"{url}: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement;
    }

    [Fact]
    public async Task Search_returns_the_documented_shape()
    {
        var json = await GetJson("/api/search?q=sticky");

        Assert.Equal("sticky", json.GetProperty("query").GetString());
        Assert.Equal(1, json.GetProperty("total").GetInt32());
        Assert.True(json.GetProperty("tookMs").GetDouble() >= 0);
        Assert.Equal(1, json.GetProperty("page").GetInt32());
        Assert.Equal(10, json.GetProperty("size").GetInt32());
        var hit = json.GetProperty("hits")[0];
        foreach (var name in new[] { "id", "title", "date", "speakers", "locations", "score", "url", "highlight" })
        {
            Assert.True(hit.TryGetProperty(name, out _), $"hit has no '{name}'");
        }

        Assert.Contains("<mark>sticky</mark>", hit.GetProperty("highlight").GetProperty("body")[0].GetString());
        Assert.Equal("Jane Doe", hit.GetProperty("speakers")[0].GetString());
        foreach (var facet in new[] { "speakers", "locations", "years" })
        {
            Assert.Equal(JsonValueKind.Array, json.GetProperty("facets").GetProperty(facet).ValueKind);
        }
    }

    [Fact]
    public async Task Repeated_filters_mean_any_of_them()
    {
        var json = await GetJson("/api/search?speaker=jane%20doe&speaker=Amara%20Okafor");
        Assert.Equal(2, json.GetProperty("total").GetInt32());

        var dated = await GetJson("/api/search?q=oil&location=saudi%20arabia&from=2024-02-01&to=2024-02-29");
        Assert.True(dated.GetProperty("total").GetInt32() >= 2);
        foreach (var hit in dated.GetProperty("hits").EnumerateArray())
        {
            Assert.StartsWith("2024-02", hit.GetProperty("date").GetString());
            Assert.Contains("Saudi Arabia", hit.GetProperty("locations").EnumerateArray().Select(l => l.GetString()));
        }
    }

    [Theory]
    [InlineData("page=0", "page")]
    [InlineData("size=101", "size")]
    [InlineData("size=abc", "size")]
    [InlineData("from=2024-13-45", "from")]
    [InlineData("to=yesterday", "to")]
    [InlineData("sort=popularity", "sort")]
    [InlineData("from=2024-05-01&to=2024-01-01", "after")]
    public async Task Bad_parameters_are_400_problem_json_saying_what_is_wrong(string query, string mentioned)
    {
        var response = await server.Client.GetAsync("/api/search?" + query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(400, problem.GetProperty("status").GetInt32());
        Assert.Contains(mentioned, problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Article_by_id_and_404_for_unknown()
    {
        var article = await GetJson("/api/articles/nw-2024-0001");
        Assert.Equal("OPEC weighs deeper output cuts", article.GetProperty("title").GetString());
        Assert.Contains("Kenji Watanabe", article.GetProperty("speakers").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal("jsonl/oil.jsonl#1", article.GetProperty("source").GetString());

        var missing = await server.Client.GetAsync("/api/articles/nope");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("application/problem+json", missing.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Health_and_search_page_are_served()
    {
        // The client talks to Kestrel on a real loopback port, not to an in-memory test server.
        Assert.Equal("127.0.0.1", server.Client.BaseAddress!.Host);
        var health = await GetJson("/health");
        Assert.Equal(server.Index.Summary.Articles, health.GetProperty("articles").GetInt32());

        var page = await server.Client.GetStringAsync("/");
        Assert.Contains("id=\"q\"", page);
        Assert.Contains("search.js", page);
    }
}
