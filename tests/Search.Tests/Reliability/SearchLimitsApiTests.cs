using System.Net;
using Search.Core.Indexing;
using Search.Tests.Fixtures;

namespace Search.Tests.Reliability;

/// <summary>The limits in Search:Limits, each set low enough to trip with a small index.</summary>
public sealed class SearchLimitsApiTests
{
    [Fact]
    public async Task A_search_that_runs_out_of_time_returns_the_hits_found_so_far_flagged_timedOut()
    {
        using var corpus = WireCorpus.Create(files: 20, perFile: 100, year: 2021);
        IndexBuilder.CreateDefault().Build(new BuildOptions(corpus.CorpusPath, corpus.IndexPath));

        // A microsecond: the collector is past its time after the first few of 2,000 matching articles.
        using var hurried = ApiServer.With(new Dictionary<string, string>
        {
            ["Search:IndexPath"] = corpus.IndexPath,
            ["Search:Limits:Timeout"] = "00:00:00.000001",
        });
        var cut = await Responses.Json(await hurried.Client.GetAsync("/api/search?q=budget"));
        Assert.True(cut.GetProperty("timedOut").GetBoolean());
        Assert.InRange(cut.GetProperty("total").GetInt32(), 0, 1999);

        using var patient = ApiServer.With(new Dictionary<string, string> { ["Search:IndexPath"] = corpus.IndexPath });
        var whole = await Responses.Json(await patient.Client.GetAsync("/api/search?q=budget"));
        Assert.False(whole.GetProperty("timedOut").GetBoolean());
        Assert.Equal(2000, whole.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Query_length_term_expansion_and_page_depth_limits_come_from_configuration()
    {
        using var strict = ApiServer.With(new Dictionary<string, string>
        {
            ["Search:Limits:MaxQueryLength"] = "12",
            ["Search:Limits:MaxExpansions"] = "2",
            ["Search:Limits:MaxResultWindow"] = "20",
        });

        Assert.Contains("at most 12 characters", await Responses.ProblemDetail(await strict.Client.GetAsync("/api/search?q=inflation+bank"), HttpStatusCode.BadRequest));
        await Responses.Json(await strict.Client.GetAsync("/api/search?q=inflation"));

        Assert.Contains("more than 2", await Responses.ProblemDetail(await strict.Client.GetAsync("/api/search?q=s*"), HttpStatusCode.BadRequest));
        await Responses.Json(await strict.Client.GetAsync("/api/search?q=stick*"));

        Assert.Contains("20", await Responses.ProblemDetail(await strict.Client.GetAsync("/api/search?q=oil&page=3&size=10"), HttpStatusCode.BadRequest));
        await Responses.Json(await strict.Client.GetAsync("/api/search?q=oil&page=2&size=10"));

        using var defaults = new ApiServer();
        var json = await Responses.Json(await defaults.Client.GetAsync("/api/search?q=s*"));
        Assert.True(json.GetProperty("total").GetInt32() > 0);
    }
}
