using System.Text.Json;
using Search.Tests.Fixtures;

namespace Search.Tests.Api;

public class SuggestionApiTests(ApiServer server) : IClassFixture<ApiServer>
{
    [Fact]
    public async Task A_prefix_of_any_word_of_a_speakers_name_suggests_the_speaker()
    {
        var json = await ApiJson.Get(server.Client, "/api/suggest?q=oka");

        Assert.Equal("oka", json.GetProperty("query").GetString());
        var first = json.GetProperty("suggestions")[0];
        Assert.Equal("Amara Okafor", first.GetProperty("text").GetString());
        Assert.Equal("speaker", first.GetProperty("type").GetString());
        Assert.Equal(1, first.GetProperty("count").GetInt32());
    }

    [Fact]
    public async Task Places_and_titles_are_suggested_and_ranked_by_article_count()
    {
        var json = await ApiJson.Get(server.Client, "/api/suggest?q=SAUD");

        var suggestions = json.GetProperty("suggestions").EnumerateArray().ToList();
        Assert.Equal("Saudi Arabia", suggestions[0].GetProperty("text").GetString());
        Assert.Equal("place", suggestions[0].GetProperty("type").GetString());
        Assert.Contains(suggestions, s => s.GetProperty("type").GetString() == "title" && s.GetProperty("text").GetString() == "SAUDI OIL OUTPUT STEADY, MINISTER SAYS");
        var counts = suggestions.Select(s => s.GetProperty("count").GetInt32()).ToList();
        Assert.Equal(counts.OrderByDescending(c => c), counts);
        Assert.True(counts[0] >= 2);
    }

    [Fact]
    public async Task Every_word_typed_must_start_a_word_of_the_suggestion()
    {
        var both = await ApiJson.Get(server.Client, "/api/suggest?q=jane%20d");
        Assert.Contains("Jane Doe", ApiJson.Strings(both.GetProperty("suggestions"), "text"));

        var none = await ApiJson.Get(server.Client, "/api/suggest?q=jane%20x");
        Assert.Equal(0, none.GetProperty("suggestions").GetArrayLength());

        var limited = await ApiJson.Get(server.Client, "/api/suggest?q=s&size=2");
        Assert.Equal(2, limited.GetProperty("suggestions").GetArrayLength());
    }

    [Fact]
    public async Task A_misspelt_word_still_finds_the_article_and_the_response_suggests_the_spelling()
    {
        var json = await ApiJson.Get(server.Client, "/api/search?q=watanbe");

        Assert.Contains("nw-2024-0001", ApiJson.Strings(json.GetProperty("hits"), "id"));
        Assert.Equal("watanabe", json.GetProperty("suggestion").GetString());
        var corrected = await ApiJson.Get(server.Client, "/api/search?q=" + Uri.EscapeDataString(json.GetProperty("suggestion").GetString()!));
        Assert.True(corrected.GetProperty("total").GetInt32() > 0);
    }

    [Fact]
    public async Task Short_words_and_phrases_stay_exact_and_found_queries_get_no_suggestion()
    {
        var shortWord = await ApiJson.Get(server.Client, "/api/search?q=oli");
        Assert.Equal(0, shortWord.GetProperty("total").GetInt32());

        var phrase = await ApiJson.Get(server.Client, "/api/search?q=%22watanbe%20said%22");
        Assert.Equal(0, phrase.GetProperty("total").GetInt32());

        var found = await ApiJson.Get(server.Client, "/api/search?q=oil");
        Assert.Equal(JsonValueKind.Null, found.GetProperty("suggestion").ValueKind);
    }

    [Theory]
    [InlineData("/api/suggest", "q is required")]
    [InlineData("/api/suggest?q=%20%20", "q is required")]
    [InlineData("/api/suggest?q=sul&size=0", "size")]
    [InlineData("/api/suggest?q=sul&size=21", "size")]
    public async Task Bad_parameters_are_400_problem_json(string url, string mentioned) =>
        await ApiJson.AssertBadRequest(server.Client, url, mentioned);
}
