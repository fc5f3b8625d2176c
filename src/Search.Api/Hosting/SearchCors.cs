using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.Extensions.Options;

namespace Search.Api.Hosting;

/// <summary>Lets pages on the origins in Search:AllowedOrigins call the API with GET, so a portal can embed the search widget.</summary>
public static class SearchCors
{
    public static IServiceCollection AddSearchCors(this IServiceCollection services)
    {
        services.AddCors();
        services.AddOptions<CorsOptions>().Configure<IOptions<SearchApiOptions>>((cors, search) =>
            cors.AddDefaultPolicy(policy => Allow(policy, search.Value.AllowedOrigins)));
        return services;
    }

    private static void Allow(CorsPolicyBuilder policy, IEnumerable<string> origins)
    {
        policy.WithMethods(HttpMethods.Get).WithHeaders(ApiKeyCheck.Header);

        // Browsers send the origin without a trailing slash; a configured "https://portal/" must still match.
        var allowed = origins.Select(o => o.Trim().TrimEnd('/')).Where(o => o.Length > 0).ToArray();
        if (allowed.Contains("*"))
        {
            policy.AllowAnyOrigin();
        }
        else
        {
            policy.WithOrigins(allowed);
        }
    }
}
