using System.Diagnostics;
using System.Net;
using System.Text.Json;
using Search.Tests.Fixtures;
using Xunit.Abstractions;

namespace Search.Tests.Reliability;

/// <summary>Generated hostile queries against the real API: every one gets 200 or 400 problem+json, never a 500, and in bounded time.</summary>
public sealed class HostileQueryTests(HostileQueryTests.Server fixture, ITestOutputHelper output) : IClassFixture<HostileQueryTests.Server>
{
    /// <summary>Far above the server's own one-second search limit: only a query the server failed to bound can take this long.</summary>
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(10);

    private readonly ApiServer server = fixture.Api;

    [Fact]
    public async Task Thousands_of_generated_hostile_queries_get_200_or_400_problem_json_within_the_bound()
    {
        const int Queries = 3000;
        var queries = new HostileQueries(seed: 20261128);
        var urls = Enumerable.Range(0, Queries).Select(_ => queries.Url()).ToArray();
        var timings = new RequestTimings();
        var statuses = new int[600];
        var timedOut = 0;

        await Parallel.ForEachAsync(urls, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (url, cancellationToken) =>
        {
            var clock = Stopwatch.StartNew();
            using var response = await server.Client.GetAsync(url, cancellationToken);
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            clock.Stop();
            timings.Add(clock.Elapsed);
            Interlocked.Increment(ref statuses[(int)response.StatusCode]);

            var why = $"seed {queries.Seed}, {url}: {(int)response.StatusCode} {body}";
            Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest, why);
            Assert.True(clock.Elapsed < Bound, $"{clock.Elapsed.TotalSeconds:F1} s for {why}");
            var json = JsonDocument.Parse(body).RootElement;
            if (response.StatusCode == HttpStatusCode.BadRequest)
            {
                Assert.True(response.Content.Headers.ContentType?.MediaType == "application/problem+json", why);
                Assert.False(string.IsNullOrWhiteSpace(json.GetProperty("detail").GetString()), why);
            }
            else
            {
                Assert.True(json.GetProperty("total").GetInt32() >= 0, why);
                if (json.GetProperty("timedOut").GetBoolean())
                {
                    Interlocked.Increment(ref timedOut);
                }
            }
        });

        output.WriteLine($"hostile queries: {timings.Summary()}; {statuses[200]} × 200, {statuses[400]} × 400, {statuses[500]} × 500, {timedOut} cut off by the time limit");
        Assert.Equal(Queries, statuses[200] + statuses[400]);
        Assert.True(statuses[200] > Queries / 10, "most garbage should still be searched as words");
        Assert.True(statuses[400] > 0, "out-of-range paging must be refused");
    }

    [Theory]
    [InlineData("/(.*)*x/")]
    [InlineData("/.*a.{15}/")]
    [InlineData("o*a??????????????")]
    [InlineData("/(((a*)*)*)*c/")]
    [InlineData("/[a-z]{1,200}.{1,200}/")]
    [InlineData("/[/")]
    [InlineData("bank~999999999")]
    [InlineData("*")]
    [InlineData("?")]
    [InlineData("*oil")]
    [InlineData("\"unbalanced (quote")]
    [InlineData("speaker:\"Jane Doe")]
    [InlineData("a\u0000b\u001b[31mc")]
    public async Task Expensive_or_broken_syntax_is_answered_or_refused_with_a_reason(string q)
    {
        using var response = await server.Client.GetAsync("/api/search?q=" + Uri.EscapeDataString(q));

        if (response.StatusCode == HttpStatusCode.OK)
        {
            Assert.False((await Responses.Json(response)).GetProperty("timedOut").GetBoolean());
        }
        else
        {
            await Responses.ProblemDetail(response, HttpStatusCode.BadRequest);
        }
    }

    [Theory]
    [InlineData("%FF%FE")]
    [InlineData("oil%C0%AF")]
    [InlineData("%ED%A0%80bank")]
    [InlineData("%F4%90%80%80")]
    [InlineData("%E2%82")]
    public async Task Invalid_utf8_in_the_url_is_searched_as_its_text(string raw)
    {
        using var response = await server.Client.GetAsync("/api/search?q=" + raw);

        // ASP.NET Core leaves a percent sequence that is not UTF-8 undecoded, so the query is the literal text.
        var json = await Responses.Json(response);
        Assert.False(string.IsNullOrEmpty(json.GetProperty("query").GetString()));
    }

    [Fact]
    public async Task A_ten_thousand_term_query_is_refused_for_its_length_and_for_its_terms_when_length_is_allowed()
    {
        // Two-letter words joined by '+': a 30 KB URL, within the server's 64 KB request line.
        var words = Enumerable.Range(0, 10_000).Select(i => $"{(char)('a' + (i % 26))}{(char)('a' + (i / 26 % 26))}").ToArray();
        var terms = string.Join('+', words);

        using var tooLong = await server.Client.GetAsync("/api/search?q=" + terms);
        Assert.Contains("at most 2000 characters", await Responses.ProblemDetail(tooLong, HttpStatusCode.BadRequest));

        using var lenient = ApiServer.With(new Dictionary<string, string> { ["Search:Limits:MaxQueryLength"] = "200000" });
        var clock = Stopwatch.StartNew();
        using var tooMany = await lenient.Client.GetAsync("/api/search?q=" + terms);
        output.WriteLine($"10,000-term query: {(int)tooMany.StatusCode} in {clock.ElapsedMilliseconds} ms");
        Assert.Contains("too many words", await Responses.ProblemDetail(tooMany, HttpStatusCode.BadRequest));

        var ored = string.Join("+OR+", words);
        using var orQuery = await lenient.Client.GetAsync("/api/search?q=" + ored);
        await Responses.ProblemDetail(orQuery, HttpStatusCode.BadRequest);
    }

    [Theory]
    [InlineData("page=-1")]
    [InlineData("page=2147483647&size=100")]
    [InlineData("page=1001&size=10")]
    [InlineData("size=-1")]
    [InlineData("size=99999999999999999999")]
    [InlineData("page=1e9")]
    public async Task Deep_pages_and_impossible_sizes_are_refused(string paging)
    {
        using var response = await server.Client.GetAsync("/api/search?q=oil&" + paging);
        await Responses.ProblemDetail(response, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task The_deepest_allowed_page_is_answered_empty()
    {
        var json = await Responses.Json(await server.Client.GetAsync("/api/search?q=oil&page=1000&size=10"));
        Assert.Equal(0, json.GetProperty("hits").GetArrayLength());
        Assert.True(json.GetProperty("total").GetInt32() > 0);
    }

    [Fact]
    public async Task Control_characters_in_filters_match_nothing_rather_than_fail()
    {
        var garbage = Uri.EscapeDataString(new string([.. Enumerable.Range(0, 32).Select(c => (char)c)]) + "\u202e\ufeff");
        var json = await Responses.Json(await server.Client.GetAsync($"/api/search?speaker={garbage}&location={garbage}"));
        Assert.Equal(0, json.GetProperty("total").GetInt32());
    }

    /// <summary>One API for the class, not rate-limited (the generated queries all come from one client), with a one-second search limit.</summary>
    public sealed class Server : IDisposable
    {
        public ApiServer Api { get; } = ApiServer.With(new Dictionary<string, string>
        {
            ["Search:RateLimit:PermitLimit"] = "0",
            ["Search:Limits:Timeout"] = "00:00:01",
        });

        public void Dispose() => Api.Dispose();
    }
}
