using Microsoft.Extensions.Options;
using Search.Core.Searching.Suggestions;

namespace Search.Api.Hosting;

/// <summary>Builds the suggestion word list of each newly served index version in the background, so no one typing waits for it.</summary>
public sealed class SuggestionWarmer(Suggester suggester, IOptions<SearchApiOptions> options, ILogger<SuggestionWarmer> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield(); // let the host finish starting; the first build runs in the background

        // Warming an index version already warmed is a table look-up, so checking as often as the index refresher is cheap.
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(Math.Max(0.1, options.Value.RefreshSeconds)));
        do
        {
            try
            {
                suggester.Warm();
            }
            catch (IOException ex)
            {
                logger.LogWarning(ex, "Could not build the suggestion list; it will be built on the next try or the first request");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
