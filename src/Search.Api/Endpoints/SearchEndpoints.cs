using Search.Core.Searching;
using Search.Core.Searching.Suggestions;

namespace Search.Api.Endpoints;

/// <summary>GET /api/search: ranked, highlighted, filtered and faceted search.</summary>
public static class SearchEndpoints
{
    public static IEndpointRouteBuilder MapSearchEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/search", (HttpRequest http, SearchService search, DidYouMean didYouMean) =>
        {
            var (request, error) = SearchParameters.Bind(http.Query);
            if (request is null)
            {
                return Problems.BadRequest(error!);
            }

            try
            {
                return Results.Ok(search.Search(request) with { Suggestion = didYouMean.For(request) });
            }
            catch (SearchQueryException ex)
            {
                return Problems.BadRequest(ex.Message);
            }
        })
        .WithName("Search");
        return app;
    }
}
