namespace Search.Api.Endpoints;

/// <summary>Maps the endpoints built on the extracted fields: quotes, speakers, suggestions and related articles.</summary>
public static class DiscoveryEndpoints
{
    public static IEndpointRouteBuilder MapDiscoveryEndpoints(this IEndpointRouteBuilder app) =>
        app.MapQuoteEndpoints().MapSuggestEndpoints().MapRelatedEndpoints();
}
