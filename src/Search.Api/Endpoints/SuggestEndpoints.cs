using Search.Core.Searching.Suggestions;

namespace Search.Api.Endpoints;

/// <summary>GET /api/suggest?q=sul: speakers, people, places and titles whose words start with what was typed.</summary>
public static class SuggestEndpoints
{
    public const int MaxSize = 20;
    private const int MaxPrefixLength = 100;

    public static IEndpointRouteBuilder MapSuggestEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/suggest", (HttpRequest http, Suggester suggester) =>
        {
            var q = http.Query["q"].ToString();
            if (string.IsNullOrWhiteSpace(q))
            {
                return Problems.BadRequest("q is required: the beginning of a name or title, e.g. q=sul.");
            }

            if (q.Length > MaxPrefixLength)
            {
                return Problems.BadRequest($"q is too long: at most {MaxPrefixLength} characters.");
            }

            if (!SearchParameters.TryInt(http.Query, "size", 8, out var size) || size < 1 || size > MaxSize)
            {
                return Problems.BadRequest($"size must be a whole number from 1 to {MaxSize}, not '{http.Query["size"]}'.");
            }

            return Results.Ok(suggester.Suggest(q.Trim(), size));
        })
        .WithName("Suggest");
        return app;
    }
}
