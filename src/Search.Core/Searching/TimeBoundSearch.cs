using Lucene.Net.Search;

namespace Search.Core.Searching;

/// <summary>Runs a search that stops collecting when its time is up; the collector then holds the hits found so far.</summary>
internal static class TimeBoundSearch
{
    /// <summary>True when the search was cut off by <paramref name="timeout"/>.</summary>
    public static bool Run(IndexSearcher searcher, Query query, ICollector collector, TimeSpan timeout)
    {
        var limited = new TimeLimitingCollector(collector, new StopwatchClock(), StopwatchClock.Ticks(timeout));
        try
        {
            searcher.Search(query, limited);
            return false;
        }
        catch (TimeLimitingCollector.TimeExceededException)
        {
            return true;
        }
    }
}
