using Lucene.Net.Index;
using Lucene.Net.Search;
using Search.Core.Searching.Counting;

namespace Search.Core.Searching.Facets;

/// <summary>
/// Counts speakers, locations and years over every matching document (not just the page shown). Counting a hit is
/// array increments over its row of the segment's cached <see cref="SegmentFacetColumns"/>, by segment ordinal;
/// when the segment is done, the ordinals counted are added into one array per facet numbered across segments by
/// <see cref="IndexFacetNames"/>. Names are read only for the values counted, once, at the end.
/// </summary>
public sealed class FacetCollector : ICollector
{
    private readonly Dictionary<int, int> years = [];

    private IndexReader? index;
    private IndexCounts? speakers;
    private IndexCounts? locations;
    private int[]? starts;
    private int[]? cells;
    private int[]? yearValues;
    private int[]? yearCounts;

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        EndSegment();
        var top = ReaderUtil.GetTopLevelContext(context).Reader;
        if (index is null)
        {
            index = top;
            var names = IndexFacetNames.For(top);
            speakers = new IndexCounts(names.Speakers);
            locations = new IndexCounts(names.Locations);
        }
        else if (!ReferenceEquals(index, top))
        {
            throw new InvalidOperationException("A facet collector counts the segments of one index reader only.");
        }

        var columns = SegmentFacetColumns.For(context.AtomicReader);
        var key = context.AtomicReader.CoreCacheKey;
        speakers!.StartSegment(columns.SpeakerNames.Length, key);
        locations!.StartSegment(columns.LocationNames.Length, key);
        (starts, cells, yearValues) = (columns.Starts, columns.Cells, columns.YearValues);
        yearCounts = new int[yearValues.Length];
    }

    public void Collect(int doc)
    {
        int start = starts![doc], end = starts[doc + 1];
        if (start == end)
        {
            return;
        }

        var rows = cells!;
        var header = rows[start];
        yearCounts![SegmentFacetColumns.YearSlot(header)]++;
        var speakersEnd = start + 1 + (header >>> SegmentFacetColumns.SpeakerCountShift);
        speakers!.Count(rows, start + 1, speakersEnd);
        locations!.Count(rows, speakersEnd, end);
    }

    /// <summary>
    /// Adds the counts of a collector that counted other documents of the same index (another slice of one search).
    /// <paramref name="other"/> is spent: it gives its counts back and may not be used again.
    /// </summary>
    public void Add(FacetCollector other)
    {
        other.EndSegment();
        foreach (var (year, count) in other.years)
        {
            years[year] = years.GetValueOrDefault(year) + count;
        }

        if (other.index is null)
        {
            return;
        }

        if (index is null)
        {
            (index, speakers, locations) = (other.index, other.speakers, other.locations);
            return;
        }

        if (!ReferenceEquals(index, other.index))
        {
            throw new InvalidOperationException("Facet counts of different index readers cannot be added together.");
        }

        speakers!.Add(other.speakers!);
        locations!.Add(other.locations!);
    }

    /// <summary>The top values of each facet, most frequent first (years newest first).</summary>
    public SearchFacets Result(int size)
    {
        EndSegment();
        return new SearchFacets(
            speakers?.Top(size) ?? [],
            locations?.Top(size) ?? [],
            [.. years.OrderByDescending(y => y.Key).Select(y => new FacetValue(y.Key.ToString(System.Globalization.CultureInfo.InvariantCulture), y.Value))]);
    }

    private void EndSegment()
    {
        speakers?.EndSegment();
        locations?.EndSegment();
        if (yearCounts is not null)
        {
            // Slot 0 counts the documents without a date.
            for (var slot = 1; slot < yearCounts.Length; slot++)
            {
                if (yearCounts[slot] > 0)
                {
                    var year = yearValues![slot];
                    years[year] = years.GetValueOrDefault(year) + yearCounts[slot];
                }
            }
        }

        (starts, cells, yearValues, yearCounts) = (null, null, null, null);
    }

    /// <summary>The most frequent values (ties by name), keeping only <paramref name="size"/> at a time rather than sorting them all.</summary>
    private static List<FacetValue> Top(IEnumerable<(string Name, int Count)> counts, int size)
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
    /// One facet's counts by index-wide number. The count arrays are as long as the index or segment has names (tens of
    /// thousands in a large archive), so they come from a pool and only the entries a search touched are read back and
    /// cleared: a search costs what its hits cost, not what the vocabulary of names costs.
    /// </summary>
    private sealed class IndexCounts(IndexNames names)
    {
        private readonly int[] counts = ZeroedCounts.Rent(names.Names.Length);

        /// <summary>The numbers counted, in the order first met.</summary>
        private readonly List<int> touched = [];

        /// <summary>The segment ordinals counted in the current segment, in the order first met.</summary>
        private readonly List<int> segmentTouched = [];

        private int[]? segmentCounts;
        private int[]? numbers;
        private List<FacetValue>? result;

        public void StartSegment(int segmentNames, object segmentCoreKey)
        {
            numbers = names.NumbersOf(segmentCoreKey)
                ?? throw new InvalidOperationException("The segment's facet names were not numbered with its index.");
            segmentCounts = ZeroedCounts.Rent(segmentNames);
        }

        /// <summary>Counts the segment ordinals cells[from..to].</summary>
        public void Count(int[] cells, int from, int to)
        {
            var segment = segmentCounts!;
            for (var i = from; i < to; i++)
            {
                var ordinal = cells[i];
                if (segment[ordinal]++ == 0)
                {
                    segmentTouched.Add(ordinal);
                }
            }
        }

        /// <summary>Adds the segment's counts into the index-wide ones.</summary>
        public void EndSegment()
        {
            if (segmentCounts is null)
            {
                return;
            }

            foreach (var ordinal in segmentTouched)
            {
                var number = numbers![ordinal];
                if (counts[number] == 0)
                {
                    touched.Add(number);
                }

                counts[number] += segmentCounts[ordinal];
                segmentCounts[ordinal] = 0;
            }

            segmentTouched.Clear();
            ZeroedCounts.Return(segmentCounts);
            segmentCounts = null;
            numbers = null;
        }

        /// <summary>The top values. The counts then go back to the pool, so counting ends here and a later call gives the same values.</summary>
        public List<FacetValue> Top(int size)
        {
            if (result is not null)
            {
                return result;
            }

            // Values counted less often than the size-th most frequent can never be kept: skip them before names are compared.
            var least = LeastKept(size);
            var top = result = FacetCollector.Top(touched.Where(n => counts[n] >= least).Select(n => (names.Names[n], counts[n])), size);
            Release();
            return top;
        }

        /// <summary>Adds another slice's counts of the same names; <paramref name="other"/> gives its counts back.</summary>
        public void Add(IndexCounts other)
        {
            foreach (var number in other.touched)
            {
                if (counts[number] == 0)
                {
                    touched.Add(number);
                }

                counts[number] += other.counts[number];
            }

            other.Release();
        }

        private void Release()
        {
            foreach (var number in touched)
            {
                counts[number] = 0;
            }

            touched.Clear();
            ZeroedCounts.Return(counts);
        }

        /// <summary>The <paramref name="size"/>-th highest count (0 when fewer values were counted).</summary>
        private int LeastKept(int size)
        {
            if (size <= 0 || touched.Count <= size)
            {
                return 0;
            }

            var highest = new PriorityQueue<int, int>(size + 1);
            foreach (var number in touched)
            {
                var count = counts[number];
                if (highest.Count < size)
                {
                    highest.Enqueue(count, count);
                }
                else if (count > highest.Peek())
                {
                    highest.EnqueueDequeue(count, count);
                }
            }

            return highest.Peek();
        }
    }
}
