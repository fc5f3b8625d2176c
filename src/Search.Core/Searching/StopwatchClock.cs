using System.Diagnostics;
using Lucene.Net.Util;

namespace Search.Core.Searching;

/// <summary>
/// A clock for one search's <see cref="TimeLimitingCollector"/>, in <see cref="Stopwatch"/> ticks. Lucene's shared
/// timer thread only advances every 20 ms, too coarse for short limits; but the collector asks the time for every
/// hit, and a profile put an eighth of a one-word search over a million articles (74,000 hits) in reading the
/// stopwatch each time, so the time is read once every <see cref="CallsPerReading"/> asks. Not thread-safe: one per search.
/// </summary>
internal sealed class StopwatchClock : Counter
{
    /// <summary>A few microseconds of collecting between readings, far below any useful time limit.</summary>
    private const int CallsPerReading = 128;

    private long last = Stopwatch.GetTimestamp();
    private int calls;

    public override long Value => (++calls & (CallsPerReading - 1)) == 0 ? last = Stopwatch.GetTimestamp() : last;

    public override long AddAndGet(long delta) => throw new NotSupportedException("The stopwatch clock cannot be moved.");

    public static long Ticks(TimeSpan span) => (long)(span.TotalSeconds * Stopwatch.Frequency);
}
