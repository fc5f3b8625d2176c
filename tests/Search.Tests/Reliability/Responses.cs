using System.Net;
using System.Text.Json;

namespace Search.Tests.Reliability;

/// <summary>Checks on what the API answers: a search result, or a problem+json that says what was wrong.</summary>
public static class Responses
{
    /// <summary>The problem's detail, after checking the status and that the body is problem+json with a detail.</summary>
    public static async Task<string> ProblemDetail(HttpResponseMessage response, HttpStatusCode status)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"{Shown(response)}: expected {(int)status}, got {(int)response.StatusCode} {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var detail = JsonDocument.Parse(body).RootElement.GetProperty("detail").GetString();
        Assert.False(string.IsNullOrWhiteSpace(detail), body);
        return detail!;
    }

    public static async Task<JsonElement> Json(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{Shown(response)}: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement;
    }

    /// <summary>The request's URL, cut short: a failing 10,000-term query should not flood the log.</summary>
    private static string Shown(HttpResponseMessage response)
    {
        var url = response.RequestMessage?.RequestUri?.PathAndQuery ?? string.Empty;
        return url.Length > 300 ? url[..300] + "…" : url;
    }
}
