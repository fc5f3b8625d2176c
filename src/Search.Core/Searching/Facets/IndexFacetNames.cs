using System.Runtime.CompilerServices;
using Lucene.Net.Index;

namespace Search.Core.Searching.Facets;

/// <summary>
/// The speaker and location names of one index version, numbered once across all its segments, with each segment's
/// ordinals mapped to those numbers: a search counts every segment's hits into one array and never looks a name up
/// while counting. Built when a searcher opens (see <see cref="WarmingSearcherFactory"/>) and kept as long as its reader.
/// </summary>
public sealed class IndexFacetNames
{
    private static readonly ConditionalWeakTable<IndexReader, IndexFacetNames> Cache = [];

    private IndexFacetNames(IndexReader reader)
    {
        var segments = reader.Leaves.Select(leaf => (Key: leaf.AtomicReader.CoreCacheKey, Columns: SegmentFacetColumns.For(leaf.AtomicReader))).ToList();
        Speakers = IndexNames.Merge(segments.Select(s => (s.Key, s.Columns.SpeakerNames)));
        Locations = IndexNames.Merge(segments.Select(s => (s.Key, s.Columns.LocationNames)));
    }

    public IndexNames Speakers { get; }

    public IndexNames Locations { get; }

    /// <summary>The names of this top-level reader, numbered on first use.</summary>
    public static IndexFacetNames For(IndexReader reader) => Cache.GetValue(reader, r => new IndexFacetNames(r));
}

/// <summary>One facet's names across the segments of an index, and the number each segment ordinal stands for.</summary>
public sealed class IndexNames
{
    private readonly Dictionary<object, int[]> numbersBySegment;

    private IndexNames(string[] names, Dictionary<object, int[]> numbersBySegment)
    {
        Names = names;
        this.numbersBySegment = numbersBySegment;
    }

    public string[] Names { get; }

    /// <summary>For the segment with this core key, the index-wide number of each of its ordinals; null when the segment is not of this index.</summary>
    public int[]? NumbersOf(object segmentCoreKey) => numbersBySegment.GetValueOrDefault(segmentCoreKey);

    internal static IndexNames Merge(IEnumerable<(object Key, string[] Names)> segments)
    {
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        var names = new List<string>();
        var bySegment = new Dictionary<object, int[]>(ReferenceEqualityComparer.Instance);
        foreach (var (key, segmentNames) in segments)
        {
            var segmentNumbers = new int[segmentNames.Length];
            for (var ord = 0; ord < segmentNumbers.Length; ord++)
            {
                var name = segmentNames[ord];
                if (!numbers.TryGetValue(name, out var number))
                {
                    number = names.Count;
                    numbers[name] = number;
                    names.Add(name);
                }

                segmentNumbers[ord] = number;
            }

            bySegment[key] = segmentNumbers;
        }

        return new IndexNames([.. names], bySegment);
    }
}
