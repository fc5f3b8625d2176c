using Search.Core.Searching;
using Search.Core.Searching.Suggestions;

namespace Search.Api.Endpoints;

/// <summary>GET /api/search: ranked, highlighted, filtered and faceted search.</summary>
public static class SearchEndpoints
{
    public static IEndpointRouteBuilder MapSearchEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/search", async (HttpRequest http, SearchService search, DidYouMean didYouMean) =>
        {
            var (request, error) = SearchParameters.Bind(http.Query);
            if (request is null)
            {
                return Problems.BadRequest(error!);
            }

            // The correction needs only the request, so it is looked for while the search runs: a query with rare
            // words spends on its typo variants and on its correction at the same time, not one after the other.
            var suggestion = Task.Run(() => Suggest(didYouMean, request));
            try
            {
                var result = search.Search(request);
                return Results.Ok(result with { Suggestion = await suggestion });
            }
            catch (SearchQueryException ex)
            {
                return Problems.BadRequest(ex.Message);
            }
        })
        .WithName("Search");
        return app;
    }

    /// <summary>A query the search refuses gets its 400 from the search; its correction is then not wanted.</summary>
    private static string? Suggest(DidYouMean didYouMean, SearchRequest request)
    {
        try
        {
            return didYouMean.For(request);
        }
        catch (SearchQueryException)
        {
            return null;
        }
    }
}
