using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Search.Core.Searching;

namespace Search.Scale;

/// <summary>
/// Runs the benchmark's query set (bench/scripts/make_queries.py) in-process against an index, as the API would
/// (top 10, highlights, facets): one untimed warm-up pass, then a timed pass; writes percentiles overall and per kind.
/// </summary>
internal static class QueryTimer
{
    public static int Run(string index, string queriesPath, string output)
    {
        var queries = File.ReadLines(queriesPath).Select(l => JsonNode.Parse(l)!.AsObject()).ToList();
        var requests = queries.Select(ToRequest).ToList();
        using var search = new SearchService(index);
        foreach (var request in requests)
        {
            search.Search(request);
        }

        var times = new List<(string Kind, double Ms, int Total)>();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var wall = Stopwatch.StartNew();
        for (var i = 0; i < requests.Count; i++)
        {
            var clock = Stopwatch.StartNew();
            var result = search.Search(requests[i]);
            times.Add(((string)queries[i]["kind"]!, clock.Elapsed.TotalMilliseconds, result.Total));
        }

        cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        var report = new
        {
            articles = search.Count,
            queries = requests.Count,
            qps = requests.Count / wall.Elapsed.TotalSeconds,
            cpu_ms_per_query = cpu.TotalMilliseconds / requests.Count,
            latency_ms = Summary(times.Select(t => t.Ms)),
            by_kind = times.GroupBy(t => t.Kind).ToDictionary(g => g.Key, g => new { ms = Summary(g.Select(t => t.Ms)), mean_total = g.Average(t => t.Total) }),
            peak_rss_mb = Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024),
        };
        File.WriteAllText(output, JsonSerializer.Serialize(report, new JsonSerializerOptions { WriteIndented = true }));
        Console.WriteLine($"{report.articles:N0} articles: p50 {report.latency_ms.P50:F2} ms, p90 {report.latency_ms.P90:F2} ms, p99 {report.latency_ms.P99:F2} ms, {report.qps:F0} qps (1 thread), {report.cpu_ms_per_query:F2} ms CPU a query");
        foreach (var (kind, value) in report.by_kind)
        {
            Console.WriteLine($"  {kind}: p50 {value.ms.P50:F2} ms, p99 {value.ms.P99:F2} ms, {value.mean_total:F0} hits");
        }

        return 0;
    }

    private static SearchRequest ToRequest(JsonObject query)
    {
        var words = string.Join(' ', query["words"]!.AsArray().Select(w => (string)w!));
        return new SearchRequest
        {
            Query = (string)query["kind"]! == "phrase" ? $"\"{words}\"" : words,
            Locations = query["location"] is { } location ? [(string)location!] : [],
            From = query["from"] is { } from ? DateOnly.Parse((string)from!, CultureInfo.InvariantCulture) : null,
            To = query["to"] is { } to ? DateOnly.Parse((string)to!, CultureInfo.InvariantCulture) : null,
        };
    }

    /// <summary>Nearest-rank percentiles, as bench/scripts/latency.py computes them.</summary>
    private static Percentiles Summary(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        double At(double fraction) => sorted[Math.Clamp((int)Math.Round((fraction * sorted.Count) + 0.5, MidpointRounding.AwayFromZero), 1, sorted.Count) - 1];
        return new Percentiles(At(0.5), At(0.9), At(0.99), sorted.Average());
    }

    private sealed record Percentiles(double P50, double P90, double P99, double Mean);
}
