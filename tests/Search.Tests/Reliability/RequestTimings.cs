namespace Search.Tests.Reliability;

/// <summary>Latencies of many requests, thread-safe, with the percentiles the reliability table reports.</summary>
public sealed class RequestTimings
{
    private readonly List<double> milliseconds = [];

    public int Count
    {
        get
        {
            lock (milliseconds)
            {
                return milliseconds.Count;
            }
        }
    }

    public void Add(TimeSpan elapsed)
    {
        lock (milliseconds)
        {
            milliseconds.Add(elapsed.TotalMilliseconds);
        }
    }

    /// <summary>The latency below which <paramref name="percent"/> % of the requests finished (nearest rank).</summary>
    public double Percentile(double percent)
    {
        lock (milliseconds)
        {
            if (milliseconds.Count == 0)
            {
                return 0;
            }

            var sorted = milliseconds.Order().ToArray();
            var rank = (int)Math.Ceiling(percent / 100 * sorted.Length);
            return sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)];
        }
    }

    public double Max => Percentile(100);

    public string Summary() => $"{Count} requests, p50 {Percentile(50):F1} ms, p99 {Percentile(99):F1} ms, max {Max:F1} ms";
}
