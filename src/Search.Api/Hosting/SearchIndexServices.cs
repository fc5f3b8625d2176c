using Microsoft.Extensions.Options;
using Search.Core.Indexing;
using Search.Core.Searching;

namespace Search.Api.Hosting;

/// <summary>Registers the shared <see cref="SearchService"/>, building the index from the configured corpus when none exists yet.</summary>
public static class SearchIndexServices
{
    public static IServiceCollection AddSearchIndex(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<SearchApiOptions>(configuration.GetSection(SearchApiOptions.Section));
        services.AddSingleton(provider =>
        {
            var options = provider.GetRequiredService<IOptions<SearchApiOptions>>().Value;
            var environment = provider.GetRequiredService<IHostEnvironment>();
            var logger = provider.GetRequiredService<ILoggerFactory>().CreateLogger("Search.Index");
            var indexPath = Path.GetFullPath(options.IndexPath, environment.ContentRootPath);
            EnsureIndex(indexPath, options.CorpusPath, environment.ContentRootPath, logger);
            var service = Open(indexPath, options.Limits);
            logger.LogInformation("Serving {Count} articles from {IndexPath}", service.Count, indexPath);
            return service;
        });
        services.AddHostedService<IndexRefresher>();
        services.AddSingleton<SearchWarmup>();
        services.AddHostedService(provider => provider.GetRequiredService<SearchWarmup>());
        return services;
    }

    private static SearchService Open(string indexPath, SearchLimits limits)
    {
        try
        {
            return new SearchService(indexPath, limits);
        }
        catch (IOException ex)
        {
            // Lucene reports damage as CorruptIndexException, EndOfStreamException or a missing segment file: all IOExceptions.
            throw new IndexUnavailableException(
                $"The index at '{indexPath}' cannot be opened: {ex.Message} It is damaged or was written by another version; rebuild it with: indexer build <corpus-dir> --index {indexPath} --full", ex);
        }
    }

    private static void EnsureIndex(string indexPath, string corpusSetting, string contentRoot, ILogger logger)
    {
        if (Directory.Exists(indexPath) && Directory.EnumerateFiles(indexPath, "segments_*").Any())
        {
            return;
        }

        var corpus = CorpusLocator.Find(corpusSetting, contentRoot)
            ?? throw new IndexUnavailableException(
                $"No index at '{indexPath}' and no corpus folder '{corpusSetting}' to build one from. Set Search:IndexPath to a built index or Search:CorpusPath to a folder of articles.");

        logger.LogInformation("No index at {IndexPath}; building it from {Corpus}", indexPath, corpus);
        var summary = IndexBuilder.CreateDefault().Build(new BuildOptions(corpus, indexPath));
        foreach (var skipped in summary.Skipped)
        {
            logger.LogWarning("Skipped {Path}: {Reason}", skipped.Path, skipped.Reason);
        }

        logger.LogInformation("Indexed {Articles} articles from {Files} files in {Seconds:F1} s", summary.Articles, summary.Files, summary.Elapsed.TotalSeconds);
    }
}
