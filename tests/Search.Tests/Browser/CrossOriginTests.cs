using System.Net;
using Search.Tests.Fixtures;

namespace Search.Tests.Browser;

/// <summary>CORS: which origins' pages may read the API's answers (Search:AllowedOrigins), and only with GET.</summary>
public sealed class CrossOriginTests
{
    private static async Task<HttpResponseMessage> GetFrom(ApiServer server, string origin)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/search?q=oil");
        request.Headers.Add("Origin", origin);
        return await server.Client.SendAsync(request);
    }

    private static string? AllowedOrigin(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Access-Control-Allow-Origin", out var values) ? values.Single() : null;

    [Fact]
    public async Task Only_the_listed_origins_may_read_the_api_and_only_with_GET()
    {
        using var server = ApiServer.With(new Dictionary<string, string>
        {
            ["Search:AllowedOrigins:0"] = "http://portal.test:8080/",
            ["Search:AllowedOrigins:1"] = "https://intranet.test",
        });

        Assert.Equal("http://portal.test:8080", AllowedOrigin(await GetFrom(server, "http://portal.test:8080")));
        Assert.Equal("https://intranet.test", AllowedOrigin(await GetFrom(server, "https://intranet.test")));
        var refused = await GetFrom(server, "http://elsewhere.test");
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Null(AllowedOrigin(refused));

        var preflight = new HttpRequestMessage(HttpMethod.Options, "/api/search");
        preflight.Headers.Add("Origin", "https://intranet.test");
        preflight.Headers.Add("Access-Control-Request-Method", "DELETE");
        var response = await server.Client.SendAsync(preflight);

        // The browser compares the requested method with the allowed ones and refuses the DELETE itself.
        Assert.Equal("GET", response.Headers.GetValues("Access-Control-Allow-Methods").Single());
    }

    [Fact]
    public async Task No_origin_is_allowed_by_default()
    {
        using var server = new ApiServer();

        Assert.Null(AllowedOrigin(await GetFrom(server, "http://portal.test")));
    }

    [Fact]
    public async Task A_star_allows_every_origin()
    {
        using var server = ApiServer.With(new Dictionary<string, string> { ["Search:AllowedOrigins:0"] = "*" });

        Assert.Equal("*", AllowedOrigin(await GetFrom(server, "http://anywhere.test")));
    }
}
