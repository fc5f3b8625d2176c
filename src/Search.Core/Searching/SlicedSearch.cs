using Lucene.Net.Search;

namespace Search.Core.Searching;

/// <summary>
/// Runs one search over the slices of <see cref="DocumentSlices"/> at once, each slice into its own collector, and
/// stops collecting when the time is up; the collectors then hold the hits found so far.
/// </summary>
internal static class SlicedSearch
{
    /// <summary>True when any slice was cut off by <paramref name="timeout"/>.</summary>
    public static bool Run(IndexSearcher searcher, Query query, IReadOnlyList<List<SegmentRange>> slices, IReadOnlyList<ICollector> collectors, TimeSpan timeout)
    {
        if (slices.Count == 1)
        {
            // Lucene's own loop, which may score a disjunction a window of documents at a time.
            return Limited(collectors[0], timeout, limited => searcher.Search(query, limited));
        }

        var weight = searcher.CreateNormalizedWeight(query);
        var timedOut = new bool[slices.Count];
        Parallel.For(0, slices.Count, i => timedOut[i] = Limited(collectors[i], timeout, limited => Collect(weight, slices[i], limited)));
        return timedOut.Contains(true);
    }

    private static bool Limited(ICollector collector, TimeSpan timeout, Action<ICollector> search)
    {
        try
        {
            search(new TimeLimitingCollector(collector, new StopwatchClock(), StopwatchClock.Ticks(timeout)));
            return false;
        }
        catch (TimeLimitingCollector.TimeExceededException)
        {
            return true;
        }
    }

    /// <summary>Scores a slice's ranges in document order; a range that starts inside a segment needs a scorer that can skip to it.</summary>
    private static void Collect(Weight weight, List<SegmentRange> slice, ICollector collector)
    {
        foreach (var range in slice)
        {
            collector.SetNextReader(range.Leaf);
            var scorer = weight.GetScorer(range.Leaf, range.Leaf.AtomicReader.LiveDocs);
            if (scorer is null)
            {
                continue;
            }

            collector.SetScorer(scorer);
            for (var doc = scorer.Advance(range.Start); doc < range.End; doc = scorer.NextDoc())
            {
                collector.Collect(doc);
            }
        }
    }
}
