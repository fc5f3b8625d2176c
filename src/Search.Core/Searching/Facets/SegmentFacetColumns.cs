using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Util;
using Search.Core.Schema;

namespace Search.Core.Searching.Facets;

/// <summary>
/// One index segment's facet values as flat arrays (each document's speaker and location ordinals, its year),
/// read from doc values once per segment and shared by every search on it, so counting a hit is a few array reads.
/// Segments never change once written, so the columns live as long as the segment's core is open.
/// </summary>
public sealed class SegmentFacetColumns
{
    private static readonly ConditionalWeakTable<object, SegmentFacetColumns> Cache = [];

    private SegmentFacetColumns(AtomicReader reader)
    {
        Speakers = OrdinalColumn.Read(reader.GetSortedSetDocValues(ArticleFields.Speakers.Facet), reader.MaxDoc);
        Locations = OrdinalColumn.Read(reader.GetSortedSetDocValues(ArticleFields.Locations.Facet), reader.MaxDoc);
        Years = YearColumn.Read(reader);
    }

    public OrdinalColumn? Speakers { get; }

    public OrdinalColumn? Locations { get; }

    public YearColumn? Years { get; }

    /// <summary>The columns of this segment, read on first use.</summary>
    public static SegmentFacetColumns For(AtomicReader reader) => Cache.GetValue(reader.CoreCacheKey, _ => new SegmentFacetColumns(reader));
}

/// <summary>A multi-valued facet of one segment: each document's ordinals, and the name of each ordinal.</summary>
public sealed class OrdinalColumn
{
    private OrdinalColumn(int[] starts, int[] ordinals, string[] names)
    {
        Starts = starts;
        Ordinals = ordinals;
        Names = names;
    }

    /// <summary>Document d's ordinals are Ordinals[Starts[d]..Starts[d + 1]].</summary>
    public int[] Starts { get; }

    public int[] Ordinals { get; }

    public string[] Names { get; }

    public static OrdinalColumn? Read(SortedSetDocValues? values, int maxDoc)
    {
        if (values is null || values.ValueCount == 0)
        {
            return null;
        }

        var starts = new int[maxDoc + 1];
        var ordinals = new List<int>(maxDoc);
        for (var doc = 0; doc < maxDoc; doc++)
        {
            starts[doc] = ordinals.Count;
            values.SetDocument(doc);
            for (var ord = values.NextOrd(); ord != SortedSetDocValues.NO_MORE_ORDS; ord = values.NextOrd())
            {
                ordinals.Add((int)ord);
            }
        }

        starts[maxDoc] = ordinals.Count;
        var names = new string[values.ValueCount];
        var term = new BytesRef();
        for (var ord = 0; ord < names.Length; ord++)
        {
            values.LookupOrd(ord, term);
            names[ord] = term.Utf8ToString();
        }

        return new OrdinalColumn(starts, [.. ordinals], names);
    }
}

/// <summary>The publication year of each document of one segment, as a slot into <see cref="Values"/>; slot 0 means no date.</summary>
public sealed class YearColumn
{
    private YearColumn(ushort[] slots, int[] values)
    {
        Slots = slots;
        Values = values;
    }

    public ushort[] Slots { get; }

    /// <summary>The year of each slot; Values[0] is unused.</summary>
    public int[] Values { get; }

    public static YearColumn? Read(AtomicReader reader)
    {
        var dates = reader.GetNumericDocValues(ArticleFields.Date);
        var hasDate = reader.GetDocsWithField(ArticleFields.Date);
        if (dates is null || hasDate is null)
        {
            return null;
        }

        var slots = new ushort[reader.MaxDoc];
        var slotOfYear = new Dictionary<int, ushort>();
        var values = new List<int> { 0 };
        for (var doc = 0; doc < slots.Length; doc++)
        {
            if (!hasDate.Get(doc))
            {
                continue;
            }

            var year = (int)(dates.Get(doc) / 10000);
            if (!slotOfYear.TryGetValue(year, out var slot))
            {
                slot = (ushort)values.Count;
                slotOfYear[year] = slot;
                values.Add(year);
            }

            slots[doc] = slot;
        }

        return new YearColumn(slots, [.. values]);
    }
}
