using Search.Core.Searching.Quotes;
using Search.Core.Searching.Related;
using Search.Core.Searching.Suggestions;

namespace Search.Api.Hosting;

/// <summary>Registers the services behind quote search, speaker profiles, suggestions, "did you mean" and related articles; all share the one <see cref="Search.Core.Searching.SearchService"/>.</summary>
public static class DiscoveryServices
{
    public static IServiceCollection AddDiscoveryServices(this IServiceCollection services)
    {
        services.AddSingleton<QuoteSearch>();
        services.AddSingleton<SpeakerProfiles>();
        services.AddSingleton<Suggester>();
        services.AddSingleton<DidYouMean>();
        services.AddSingleton<RelatedArticles>();
        services.AddHostedService<SuggestionWarmer>();
        return services;
    }
}
