using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Search.Core.Searching;

/// <summary>
/// Counts speakers, locations and years over every matching document (not just the page shown). Counting is array
/// increments over each segment's cached <see cref="SegmentFacetColumns"/>; ordinals are resolved to names once per
/// segment, for the ordinals that were counted.
/// </summary>
public sealed class FacetCollector : ICollector
{
    private readonly Dictionary<string, int> speakers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> locations = new(StringComparer.Ordinal);
    private readonly Dictionary<int, int> years = [];

    private SegmentCounts? speakerSegment;
    private SegmentCounts? locationSegment;
    private YearColumn? yearColumn;
    private int[]? yearCounts;

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        Flush();
        var columns = SegmentFacetColumns.For(context.AtomicReader);
        speakerSegment = columns.Speakers is { } s ? new SegmentCounts(s) : null;
        locationSegment = columns.Locations is { } l ? new SegmentCounts(l) : null;
        yearColumn = columns.Years;
        yearCounts = yearColumn is null ? null : new int[yearColumn.Values.Length];
    }

    public void Collect(int doc)
    {
        speakerSegment?.Count(doc);
        locationSegment?.Count(doc);
        if (yearCounts is not null)
        {
            yearCounts[yearColumn!.Slots[doc]]++;
        }
    }

    /// <summary>The top values of each facet, most frequent first (years newest first).</summary>
    public SearchFacets Result(int size)
    {
        Flush();
        return new SearchFacets(
            Top(speakers, size),
            Top(locations, size),
            [.. years.OrderByDescending(y => y.Key).Select(y => new FacetValue(y.Key.ToString(System.Globalization.CultureInfo.InvariantCulture), y.Value))]);
    }

    private void Flush()
    {
        speakerSegment?.FlushInto(speakers);
        locationSegment?.FlushInto(locations);
        if (yearCounts is not null)
        {
            // Slot 0 counts the documents without a date.
            for (var slot = 1; slot < yearCounts.Length; slot++)
            {
                if (yearCounts[slot] > 0)
                {
                    var year = yearColumn!.Values[slot];
                    years[year] = years.GetValueOrDefault(year) + yearCounts[slot];
                }
            }
        }

        speakerSegment = null;
        locationSegment = null;
        yearColumn = null;
        yearCounts = null;
    }

    /// <summary>The most frequent values (ties by name), keeping only <paramref name="size"/> at a time rather than sorting them all.</summary>
    private static List<FacetValue> Top(Dictionary<string, int> counts, int size)
    {
        // The heap's root is the weakest value kept: the lowest count, or on a tie the name that sorts last.
        var kept = new PriorityQueue<(string Name, int Count), (string Name, int Count)>(size + 1, WeakestFirst.Instance);
        foreach (var (name, count) in counts)
        {
            if (kept.Count < size)
            {
                kept.Enqueue((name, count), (name, count));
            }
            else if (size > 0 && WeakestFirst.Instance.Compare((name, count), kept.Peek()) > 0)
            {
                kept.EnqueueDequeue((name, count), (name, count));
            }
        }

        var top = new List<FacetValue>(kept.Count);
        while (kept.Count > 0)
        {
            var (name, count) = kept.Dequeue();
            top.Add(new FacetValue(name, count));
        }

        top.Reverse();
        return top;
    }

    /// <summary>Orders facet values from weakest to strongest: by count, then by name in reverse (A before B on a tie).</summary>
    private sealed class WeakestFirst : IComparer<(string Name, int Count)>
    {
        public static readonly WeakestFirst Instance = new();

        public int Compare((string Name, int Count) x, (string Name, int Count) y)
        {
            var byCount = x.Count.CompareTo(y.Count);
            return byCount != 0 ? byCount : StringComparer.OrdinalIgnoreCase.Compare(y.Name, x.Name);
        }
    }

    /// <summary>
    /// Per-segment ordinal counts for one facet. The count array is as long as the segment has names (tens of
    /// thousands in a large archive), so it comes from a pool and only the ordinals a search touched are read back
    /// and cleared: a search costs what its hits cost, not what the vocabulary of names costs.
    /// </summary>
    private sealed class SegmentCounts(OrdinalColumn column)
    {
        /// <summary>Arrays go back to this pool all zero, so a rented one needs no clearing.</summary>
        private static readonly System.Buffers.ArrayPool<int> ZeroedArrays = System.Buffers.ArrayPool<int>.Create(1 << 24, 16);

        private readonly int[] counts = ZeroedArrays.Rent(column.Names.Length);
        private readonly List<int> touched = [];

        public void Count(int doc)
        {
            var ordinals = column.Ordinals;
            for (int i = column.Starts[doc], end = column.Starts[doc + 1]; i < end; i++)
            {
                if (counts[ordinals[i]]++ == 0)
                {
                    touched.Add(ordinals[i]);
                }
            }
        }

        public void FlushInto(Dictionary<string, int> totals)
        {
            totals.EnsureCapacity(totals.Count + touched.Count);
            foreach (var ord in touched)
            {
                var name = column.Names[ord];
                totals[name] = totals.GetValueOrDefault(name) + counts[ord];
                counts[ord] = 0;
            }

            touched.Clear();
            ZeroedArrays.Return(counts);
        }
    }
}
