using System.Net;
using System.Text.Json;

namespace Search.Tests.Api;

/// <summary>GETs over the test server's HTTP client, asserting the status and parsing the JSON body.</summary>
internal static class ApiJson
{
    public static async Task<JsonElement> Get(HttpClient client, string url, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var response = await client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(expected == response.StatusCode, $"{url}: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement;
    }

    /// <summary>Asserts a 400 application/problem+json whose detail mentions <paramref name="mentioned"/>.</summary>
    public static async Task AssertBadRequest(HttpClient client, string url, string mentioned)
    {
        var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(400, problem.GetProperty("status").GetInt32());
        Assert.Contains(mentioned, problem.GetProperty("detail").GetString());
    }

    public static string[] Strings(JsonElement array, string? property = null) =>
        [.. array.EnumerateArray().Select(e => (property is null ? e : e.GetProperty(property)).GetString()!)];
}
