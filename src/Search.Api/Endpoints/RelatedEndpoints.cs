using Search.Core.Searching.Related;

namespace Search.Api.Endpoints;

/// <summary>GET /api/articles/{id}/related: articles like this one.</summary>
public static class RelatedEndpoints
{
    public const int MaxSize = 50;

    public static IEndpointRouteBuilder MapRelatedEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/articles/{id}/related", (string id, HttpRequest http, RelatedArticles related) =>
        {
            if (!SearchParameters.TryInt(http.Query, "size", 5, out var size) || size < 1 || size > MaxSize)
            {
                return Problems.BadRequest($"size must be a whole number from 1 to {MaxSize}, not '{http.Query["size"]}'.");
            }

            return related.For(id, size) is { } result
                ? Results.Ok(result)
                : Problems.NotFound($"No article with id '{id}'.");
        })
        .WithName("RelatedArticles");
        return app;
    }
}
