using System.Net;
using Search.Tests.Fixtures;

namespace Search.Tests.Reliability;

/// <summary>Search:ApiKeys: with keys configured, /api/* answers only requests carrying one in X-Api-Key; without, the API is open.</summary>
public sealed class ApiKeyTests(ApiKeyTests.KeyedServer fixture) : IClassFixture<ApiKeyTests.KeyedServer>
{
    private readonly ApiServer server = fixture.Api;

    private async Task<HttpResponseMessage> Get(string path, string? key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (key is not null)
        {
            request.Headers.Add("X-Api-Key", key);
        }

        return await server.Client.SendAsync(request);
    }

    [Theory]
    [InlineData("/api/search?q=oil")]
    [InlineData("/api/articles/nw-2024-0001")]
    [InlineData("/api/anything")]
    public async Task Without_a_key_the_api_answers_401_saying_which_header_to_send(string path)
    {
        Assert.Contains("X-Api-Key", await Responses.ProblemDetail(await Get(path, null), HttpStatusCode.Unauthorized));
        Assert.Contains("not valid", await Responses.ProblemDetail(await Get(path, "first-key-wrong"), HttpStatusCode.Unauthorized));
        Assert.Contains("not valid", await Responses.ProblemDetail(await Get(path, "first"), HttpStatusCode.Unauthorized));
    }

    [Fact]
    public async Task Each_configured_key_opens_the_api()
    {
        foreach (var key in new[] { "first-key-4f1c", "second-key-9a2e" })
        {
            var json = await Responses.Json(await Get("/api/search?q=oil", key));
            Assert.True(json.GetProperty("total").GetInt32() > 0);
            await Responses.Json(await Get("/api/articles/nw-2024-0001", key));
        }
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/widget.js")]
    [InlineData("/health")]
    [InlineData("/articles/nw-2024-0001")]
    public async Task Pages_scripts_and_health_stay_open(string path)
    {
        using var response = await Get(path, null);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_browser_on_an_allowed_origin_may_send_the_key_header()
    {
        using var preflight = new HttpRequestMessage(HttpMethod.Options, "/api/search?q=oil");
        preflight.Headers.Add("Origin", "http://portal.example");
        preflight.Headers.Add("Access-Control-Request-Method", "GET");
        preflight.Headers.Add("Access-Control-Request-Headers", "x-api-key");

        using var response = await server.Client.SendAsync(preflight);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Contains("x-api-key", response.Headers.GetValues("Access-Control-Allow-Headers").Single(), StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>An API with two keys and one allowed origin.</summary>
    public sealed class KeyedServer : IDisposable
    {
        public ApiServer Api { get; } = ApiServer.With(new Dictionary<string, string>
        {
            ["Search:ApiKeys:0"] = "first-key-4f1c",
            ["Search:ApiKeys:1"] = "second-key-9a2e",
            ["Search:AllowedOrigins:0"] = "http://portal.example",
        });

        public void Dispose() => Api.Dispose();
    }
}
