using System.Net;
using Search.Tests.Fixtures;

namespace Search.Tests.Reliability;

/// <summary>Headers, error bodies and the article endpoints of a production-mode API, probed as an attacker would.</summary>
public sealed class SecurityHeaderTests(SecurityHeaderTests.ProductionServer fixture) : IClassFixture<SecurityHeaderTests.ProductionServer>
{
    private readonly ApiServer server = fixture.Api;

    public static TheoryData<string> AnyResponse() =>
    [
        "/api/search?q=oil", "/api/search?page=0", "/api/articles/nope", "/articles/nope", "/articles/nw-2024-0001",
        "/", "/index.html", "/embed-example.html", "/widget.js", "/search.css", "/health", "/no/such/path",
    ];

    public static TheoryData<string> TraversalIds() =>
    [
        "../../etc/passwd", "..%2F..%2F..%2F..%2Fetc%2Fpasswd", "%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd", "%2Fetc%2Fpasswd",
        "....%2F%2F....%2F%2Fetc%2Fpasswd", "..%5C..%5Cwindows%5Cwin.ini", "..%2Findex%2Fsegments_1", "segments_1", "indexer.lock",
        "%00", "nw-2024-0001%00.txt", "~root", "%252e%252e%252fetc%252fpasswd",
    ];

    [Theory]
    [MemberData(nameof(AnyResponse))]
    public async Task Every_response_says_nosniff_and_carries_a_content_security_policy(string path)
    {
        using var response = await server.Client.GetAsync(path);

        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        var policy = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.DoesNotContain("unsafe-inline", policy);
        Assert.DoesNotContain("unsafe-eval", policy);
        Assert.Contains("default-src", policy);
        if (response.Content.Headers.ContentType?.MediaType == "text/html")
        {
            Assert.Contains("base-uri 'none'", policy);
            Assert.Matches("script-src 'self'|default-src 'none'", policy);
        }
    }

    [Theory]
    [MemberData(nameof(TraversalIds))]
    public async Task Article_ids_cannot_reach_files_outside_the_index(string id)
    {
        foreach (var path in new[] { "/api/articles/" + id, "/articles/" + id, "/" + id })
        {
            using var response = await server.Client.GetAsync(path);
            var body = await response.Content.ReadAsStringAsync();

            Assert.True(response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.BadRequest, $"{path}: {(int)response.StatusCode} {body}");
            Assert.DoesNotContain("root:", body);
            Assert.DoesNotContain("[fonts]", body);
            AssertNothingInternal(body, path);
        }
    }

    [Theory]
    [InlineData("/api/search?page=0")]
    [InlineData("/api/search?size=abc")]
    [InlineData("/api/search?q=s*&sort=nope")]
    [InlineData("/api/articles/%00%01")]
    [InlineData("/api/nothing-here")]
    [InlineData("/articles/")]
    public async Task Errors_name_the_problem_without_stack_traces_or_server_paths(string path)
    {
        using var response = await server.Client.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();

        Assert.True((int)response.StatusCode is >= 400 and < 500, $"{path}: {(int)response.StatusCode}");
        AssertNothingInternal(body, path);
    }

    [Fact]
    public async Task A_method_the_api_does_not_offer_is_refused_without_details()
    {
        using var response = await server.Client.PostAsync("/api/search?q=oil", new StringContent("{}"));
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        AssertNothingInternal(body, "POST /api/search");
    }

    private void AssertNothingInternal(string body, string path)
    {
        foreach (var secret in new[] { "   at ", "Exception", ".cs:line", server.Index.Corpus.Root, AppContext.BaseDirectory, "/tmp/", "/work/", "/root/" })
        {
            Assert.False(body.Contains(secret, StringComparison.Ordinal), $"{path} revealed '{secret}': {body}");
        }
    }

    /// <summary>The API as deployed: Production environment, so no developer exception page.</summary>
    public sealed class ProductionServer : IDisposable
    {
        public ApiServer Api { get; } = ApiServer.With(new Dictionary<string, string> { ["environment"] = "Production" });

        public void Dispose() => Api.Dispose();
    }
}
