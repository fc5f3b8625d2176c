using System.Net;
using Search.Tests.Fixtures;

namespace Search.Tests.Reliability;

/// <summary>Search:RateLimit: a client over its limit gets 429 problem+json with Retry-After, on the API and pages alike.</summary>
public sealed class RateLimitTests
{
    [Fact]
    public async Task A_client_over_its_limit_gets_429_with_retry_after_on_every_path()
    {
        using var server = ApiServer.With(new Dictionary<string, string>
        {
            ["Search:RateLimit:PermitLimit"] = "5",
            ["Search:RateLimit:WindowSeconds"] = "60",
        });

        for (var i = 0; i < 5; i++)
        {
            await Responses.Json(await server.Client.GetAsync("/api/search?q=oil"));
        }

        foreach (var path in new[] { "/api/search?q=oil", "/", "/articles/nw-2024-0001", "/health" })
        {
            using var refused = await server.Client.GetAsync(path);
            Assert.Contains("At most 5 requests", await Responses.ProblemDetail(refused, HttpStatusCode.TooManyRequests));
            var retryAfter = int.Parse(refused.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture);
            Assert.InRange(retryAfter, 1, 60);
            Assert.Equal("nosniff", refused.Headers.GetValues("X-Content-Type-Options").Single());
        }
    }

    [Fact]
    public async Task The_default_limit_lets_one_busy_client_make_hundreds_of_requests()
    {
        using var server = new ApiServer();

        var statuses = await Task.WhenAll(Enumerable.Range(0, 300).Select(async i =>
        {
            using var response = await server.Client.GetAsync($"/api/search?q=oil&page={(i % 3) + 1}");
            return response.StatusCode;
        }));

        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.OK, s));
    }
}
