using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using Search.Core.Schema;

namespace Search.Core.Searching;

/// <summary>
/// Counts speakers, locations and years over every matching document (not just the page shown), reading the
/// sorted-set and numeric doc values the schema writes; ordinals are counted per segment and resolved to names once.
/// </summary>
public sealed class FacetCollector : ICollector
{
    private readonly Dictionary<string, int> speakers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> locations = new(StringComparer.Ordinal);
    private readonly Dictionary<int, int> years = [];

    private SegmentCounts? speakerSegment;
    private SegmentCounts? locationSegment;
    private NumericDocValues? dates;
    private IBits? hasDate;

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        speakerSegment?.FlushInto(speakers);
        locationSegment?.FlushInto(locations);
        var reader = context.AtomicReader;
        speakerSegment = SegmentCounts.For(reader.GetSortedSetDocValues(ArticleFields.Speakers.Facet));
        locationSegment = SegmentCounts.For(reader.GetSortedSetDocValues(ArticleFields.Locations.Facet));
        dates = reader.GetNumericDocValues(ArticleFields.Date);
        hasDate = reader.GetDocsWithField(ArticleFields.Date);
    }

    public void Collect(int doc)
    {
        speakerSegment?.Count(doc);
        locationSegment?.Count(doc);
        if (dates is not null && hasDate is not null && hasDate.Get(doc))
        {
            var year = (int)(dates.Get(doc) / 10000);
            years[year] = years.GetValueOrDefault(year) + 1;
        }
    }

    /// <summary>The top values of each facet, most frequent first (years newest first).</summary>
    public SearchFacets Result(int size)
    {
        speakerSegment?.FlushInto(speakers);
        locationSegment?.FlushInto(locations);
        speakerSegment = null;
        locationSegment = null;
        return new SearchFacets(
            Top(speakers, size),
            Top(locations, size),
            [.. years.OrderByDescending(y => y.Key).Select(y => new FacetValue(y.Key.ToString(System.Globalization.CultureInfo.InvariantCulture), y.Value))]);
    }

    private static List<FacetValue> Top(Dictionary<string, int> counts, int size) =>
        [.. counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.OrdinalIgnoreCase).Take(size).Select(c => new FacetValue(c.Key, c.Value))];

    /// <summary>Per-segment ordinal counts for one sorted-set field.</summary>
    private sealed class SegmentCounts(SortedSetDocValues values)
    {
        private readonly int[] counts = new int[values.ValueCount];

        public static SegmentCounts? For(SortedSetDocValues? values) => values is null || values.ValueCount == 0 ? null : new SegmentCounts(values);

        public void Count(int doc)
        {
            values.SetDocument(doc);
            for (var ord = values.NextOrd(); ord != SortedSetDocValues.NO_MORE_ORDS; ord = values.NextOrd())
            {
                counts[ord]++;
            }
        }

        public void FlushInto(Dictionary<string, int> totals)
        {
            var term = new BytesRef();
            for (var ord = 0; ord < counts.Length; ord++)
            {
                if (counts[ord] == 0)
                {
                    continue;
                }

                values.LookupOrd(ord, term);
                var name = term.Utf8ToString();
                totals[name] = totals.GetValueOrDefault(name) + counts[ord];
                counts[ord] = 0;
            }
        }
    }
}
