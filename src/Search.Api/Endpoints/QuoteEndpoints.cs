using Search.Core.Searching;
using Search.Core.Searching.Quotes;

namespace Search.Api.Endpoints;

/// <summary>GET /api/quotes: search what was said; GET /api/speakers/{name}: how often, when and with whom a speaker is quoted.</summary>
public static class QuoteEndpoints
{
    private const int MaxNameLength = 200;

    public static IEndpointRouteBuilder MapQuoteEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/quotes", (HttpRequest http, QuoteSearch quotes) =>
        {
            var (request, error) = QuoteParameters.Bind(http.Query);
            if (request is null)
            {
                return Problems.BadRequest(error!);
            }

            try
            {
                return Results.Ok(quotes.Search(request));
            }
            catch (SearchQueryException ex)
            {
                return Problems.BadRequest(ex.Message);
            }
        })
        .WithName("SearchQuotes");

        app.MapGet("/api/speakers/{name}", (string name, SpeakerProfiles speakers) =>
        {
            if (string.IsNullOrWhiteSpace(name) || name.Length > MaxNameLength)
            {
                return Problems.BadRequest($"The speaker's name must be 1 to {MaxNameLength} characters.");
            }

            return speakers.Find(name) is { } profile
                ? Results.Ok(profile)
                : Problems.NotFound($"No quotes or articles attributed to '{name.Trim()}'.");
        })
        .WithName("GetSpeaker");
        return app;
    }
}
