using Search.Api.Hosting;
using Search.Core.Searching;
using Search.Tests.Fixtures;

namespace Search.Tests.Api;

/// <summary>The warm-up searches a fresh server runs before traffic depends on it, and what /health says of them.</summary>
public sealed class WarmupTests
{
    [Fact]
    public async Task Health_says_warm_only_once_the_warmup_searches_are_done()
    {
        using var server = ApiServer.With(new Dictionary<string, string> { ["Search:WarmupSeconds"] = "3" });

        var first = await ApiJson.Get(server.Client, "/health");
        Assert.Equal("ok", first.GetProperty("status").GetString());
        Assert.False(first.GetProperty("warm").GetBoolean());

        var warm = false;
        for (var attempt = 0; attempt < 240 && !warm; attempt++)
        {
            await Task.Delay(250);
            warm = (await ApiJson.Get(server.Client, "/health")).GetProperty("warm").GetBoolean();
        }

        Assert.True(warm, "The server never reported the end of its warm-up.");
        Assert.Empty(server.Errors.Entries);
    }

    [Fact]
    public async Task Without_warmup_seconds_the_server_is_warm_at_once()
    {
        using var server = ApiServer.With(new Dictionary<string, string> { ["Search:WarmupSeconds"] = "0" });

        var health = await ApiJson.Get(server.Client, "/health");

        Assert.True(health.GetProperty("warm").GetBoolean());
    }

    [Fact]
    public void Warmup_queries_come_from_the_index_and_find_its_articles()
    {
        using var index = new BuiltIndex();

        var requests = index.Search.WithSearcher(s => WarmupQueries.From(s.IndexReader));

        Assert.NotEmpty(requests);
        Assert.Contains(requests, r => r.Locations.Count > 0);
        Assert.Contains(requests, r => r.Sort == SearchSort.Date);
        Assert.Contains(requests, r => r.Query.StartsWith('"'));
        // The words searched alone and in pairs are words of the index, so they find articles (the misspelt ones need not).
        var pairedWords = requests.Where(r => r.Query.Contains(' ') && !r.Query.StartsWith('"')).SelectMany(r => r.Query.Split(' ')).ToHashSet();
        var words = requests.Where(r => pairedWords.Contains(r.Query) && r.Locations.Count == 0 && r.Sort == SearchSort.Relevance).ToList();
        Assert.NotEmpty(words);
        Assert.All(words, r => Assert.True(index.Search.Search(r).Total > 0, $"'{r.Query}' found nothing"));
    }
}
