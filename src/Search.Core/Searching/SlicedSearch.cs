using Lucene.Net.Search;
using Search.Core.Searching.Facets;

namespace Search.Core.Searching;

/// <summary>
/// Runs one search over the slices of <see cref="DocumentSlices"/> at once, each slice into its own top-hits and facet
/// collectors, and stops collecting when the time is up; the collectors then hold the hits found so far.
/// </summary>
internal static class SlicedSearch
{
    /// <summary>The best <paramref name="wanted"/> hits by <paramref name="sort"/> (by score when null) and the facets of all hits.</summary>
    public static SlicedHits Run(IndexSearcher searcher, Query query, Sort? sort, int wanted, SearchLimits limits)
    {
        var slices = DocumentSlices.Of(searcher.IndexReader, limits.DocsPerThread, limits.MaxThreadsPerSearch);
        var tops = new ITopDocsCollector[slices.Count];
        var facets = new FacetCollector[slices.Count];
        var collectors = new ICollector[slices.Count];
        for (var i = 0; i < slices.Count; i++)
        {
            // Neither collector needs hits in document order, which lets Lucene score a one-word query (a disjunction
            // over the searched fields) a window of documents at a time rather than merging the fields' postings per hit.
            tops[i] = sort is null ? TopScoreDocCollector.Create(wanted, false) : TopFieldCollector.Create(sort, wanted, true, true, false, false);
            facets[i] = new FacetCollector();
            collectors[i] = MultiCollector.Wrap((ICollector)tops[i], facets[i]);
        }

        bool timedOut;
        if (slices.Count == 1)
        {
            // Lucene's own loop, which may score a disjunction a window of documents at a time.
            timedOut = Limited(collectors[0], limits.Timeout, limited => searcher.Search(query, limited));
        }
        else
        {
            var weight = searcher.CreateNormalizedWeight(query);
            var sliceTimedOut = new bool[slices.Count];
            Parallel.For(0, slices.Count, i => sliceTimedOut[i] = Limited(collectors[i], limits.Timeout, limited => Collect(weight, slices[i], limited)));
            timedOut = sliceTimedOut.Contains(true);
        }

        for (var i = 1; i < facets.Length; i++)
        {
            facets[0].Add(facets[i]);
        }

        return new SlicedHits(tops, sort, facets[0], timedOut);
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

/// <summary>What a sliced search found: its slices' top hits, merged on demand, their total, and the facets of all hits.</summary>
internal sealed class SlicedHits(ITopDocsCollector[] tops, Sort? sort, FacetCollector facets, bool timedOut)
{
    public int TotalHits => tops.Sum(t => t.TotalHits);

    public FacetCollector Facets => facets;

    /// <summary>True when any slice was cut off by the time limit.</summary>
    public bool TimedOut => timedOut;

    /// <summary>
    /// One page of the hits. Slices hold consecutive documents, so the merge's tie-break by slice keeps Lucene's by
    /// document, and the page is the one a single collector would give.
    /// </summary>
    public TopDocs Page(int from, int size) =>
        tops.Length == 1 ? tops[0].GetTopDocs(from, size) : TopDocs.Merge(sort, from, size, [.. tops.Select(t => t.GetTopDocs())]);
}
