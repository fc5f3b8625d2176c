using System.Diagnostics;
using Lucene.Net.Util;

namespace Search.Core.Searching;

/// <summary>
/// A clock for <see cref="TimeLimitingCollector"/> in <see cref="Stopwatch"/> ticks, read on demand: Lucene's shared
/// timer thread only advances every 20 ms, too coarse for short limits.
/// </summary>
internal sealed class StopwatchClock : Counter
{
    public static StopwatchClock Instance { get; } = new();

    public override long Value => Stopwatch.GetTimestamp();

    public override long AddAndGet(long delta) => throw new NotSupportedException("The stopwatch clock cannot be moved.");

    public static long Ticks(TimeSpan span) => (long)(span.TotalSeconds * Stopwatch.Frequency);
}
