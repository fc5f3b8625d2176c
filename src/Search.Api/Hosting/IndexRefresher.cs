using Microsoft.Extensions.Options;
using Search.Core.Searching;

namespace Search.Api.Hosting;

/// <summary>Looks for a newer index commit every few seconds, so a rebuilt index is served without a restart.</summary>
public sealed class IndexRefresher(SearchService search, IOptions<SearchApiOptions> options, ILogger<IndexRefresher> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(Math.Max(0.1, options.Value.RefreshSeconds)));
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                if (search.Refresh())
                {
                    logger.LogInformation("Now serving the rebuilt index: {Count} articles", search.Count);
                }
            }
            catch (IOException ex)
            {
                // A build replacing files mid-check is retried on the next tick; the current searcher stays in use.
                logger.LogWarning(ex, "Index refresh failed; still serving the previous index");
            }
        }
    }
}
