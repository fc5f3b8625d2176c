using System.Diagnostics;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using Search.Core.Searching;
using Search.Core.Searching.Suggestions;

namespace Search.Api.Hosting;

/// <summary>
/// Searches the served index for a few seconds after startup (Search:WarmupSeconds), as Solr's first-searcher queries
/// do, so that the runtime has compiled the search path into its final, profile-guided code before traffic depends
/// on it: the first few thousand searches of a fresh process run on quickly compiled code, 2-3x slower. /health says
/// "warm" once this is done.
/// </summary>
public sealed class SearchWarmup(
    SearchService search, DidYouMean didYouMean, IOptions<SearchApiOptions> options, IOptions<JsonOptions> json, ILogger<SearchWarmup> logger)
    : BackgroundService
{
    private volatile bool warm;

    /// <summary>Whether the warm-up searches are done (or there were none to run).</summary>
    public bool IsWarm => warm;

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.Factory.StartNew(() => Run(stoppingToken), stoppingToken, TaskCreationOptions.LongRunning, TaskScheduler.Default);

    private void Run(CancellationToken stoppingToken)
    {
        try
        {
            var seconds = options.Value.WarmupSeconds;
            var requests = seconds > 0 ? search.WithSearcher(s => WarmupQueries.From(s.IndexReader)) : [];
            var resultJson = json.Value.SerializerOptions.GetTypeInfo(typeof(SearchResult));
            var stopwatch = Stopwatch.StartNew();
            var searches = 0;
            while (requests.Count > 0 && stopwatch.Elapsed.TotalSeconds < seconds && !stoppingToken.IsCancellationRequested)
            {
                // What the search endpoint does for each request: search, look for a correction, write the JSON with the
                // API's own serializer settings.
                var request = requests[searches++ % requests.Count];
                var result = search.Search(request) with { Suggestion = didYouMean.For(request) };
                JsonSerializer.SerializeToUtf8Bytes(result, resultJson);
            }

            logger.LogInformation("Warmed up with {Searches} searches in {Seconds:F1} s", searches, stopwatch.Elapsed.TotalSeconds);
        }
        catch (Exception ex) when (ex is IOException or SearchQueryException or ObjectDisposedException)
        {
            // Warming only speeds the first searches up; an index swapped or closed under it is no reason to stop the server.
            logger.LogWarning(ex, "Warm-up searches stopped early");
        }
        finally
        {
            warm = true;
        }
    }
}
