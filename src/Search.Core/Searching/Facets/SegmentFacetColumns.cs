using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Util;
using Search.Core.Schema;

namespace Search.Core.Searching.Facets;

/// <summary>
/// One index segment's facet values (each document's year, speakers and locations) as one flat row per document,
/// read from doc values once per segment and shared by every search on it. Counting a hit reads its row start and
/// its row, two nearby places in memory, rather than one array per facet: over a million articles most of a hit's
/// counting cost is waiting for memory, and each array a hit touches is another wait.
/// Segments never change once written, so the rows live as long as the segment's core is open.
/// </summary>
public sealed class SegmentFacetColumns
{
    /// <summary>A row's first cell holds the year slot in its low bits and the number of speakers above them.</summary>
    public const int SpeakerCountShift = 16;

    private const int YearSlotMask = (1 << SpeakerCountShift) - 1;

    private static readonly ConditionalWeakTable<object, SegmentFacetColumns> Cache = [];

    private SegmentFacetColumns(AtomicReader reader)
    {
        var speakers = reader.GetSortedSetDocValues(ArticleFields.Speakers.Facet);
        var locations = reader.GetSortedSetDocValues(ArticleFields.Locations.Facet);
        var dates = reader.GetNumericDocValues(ArticleFields.Date);
        var hasDate = dates is null ? null : reader.GetDocsWithField(ArticleFields.Date);
        SpeakerNames = Names(speakers);
        LocationNames = Names(locations);

        var maxDoc = reader.MaxDoc;
        var starts = new int[maxDoc + 1];
        var cells = new List<int>(maxDoc);
        var slotOfYear = new Dictionary<int, int>();
        var years = new List<int> { 0 };
        for (var doc = 0; doc < maxDoc; doc++)
        {
            starts[doc] = cells.Count;
            var header = cells.Count;
            cells.Add(0);
            var speakerCount = Read(speakers, doc, cells);
            Read(locations, doc, cells);
            var slot = hasDate is not null && hasDate.Get(doc) ? SlotOf((int)(dates!.Get(doc) / 10000), slotOfYear, years) : 0;
            if (slot == 0 && cells.Count == header + 1)
            {
                cells.RemoveAt(header);
                continue;
            }

            if (speakerCount >= 1 << (31 - SpeakerCountShift) || slot > YearSlotMask)
            {
                throw new InvalidDataException($"Segment {reader} has a document with {speakerCount} speakers or more than {YearSlotMask} years.");
            }

            cells[header] = slot | (speakerCount << SpeakerCountShift);
        }

        starts[maxDoc] = cells.Count;
        Starts = starts;
        Cells = [.. cells];
        YearValues = [.. years];
    }

    /// <summary>Document d's row is Cells[Starts[d]..Starts[d + 1]], empty when it has no year, speaker or location.</summary>
    public int[] Starts { get; }

    /// <summary>
    /// Each row: a first cell with the year slot (bits below <see cref="SpeakerCountShift"/>, 0 for none) and the number
    /// of speakers (above), then the speakers' ordinals, then the locations' ordinals.
    /// </summary>
    public int[] Cells { get; }

    /// <summary>The speaker name of each ordinal.</summary>
    public string[] SpeakerNames { get; }

    /// <summary>The location name of each ordinal.</summary>
    public string[] LocationNames { get; }

    /// <summary>The year of each slot; YearValues[0] is unused.</summary>
    public int[] YearValues { get; }

    /// <summary>The rows of this segment, read on first use.</summary>
    public static SegmentFacetColumns For(AtomicReader reader) => Cache.GetValue(reader.CoreCacheKey, _ => new SegmentFacetColumns(reader));

    /// <summary>The year slot of a row's first cell.</summary>
    public static int YearSlot(int header) => header & YearSlotMask;

    private static int Read(SortedSetDocValues? values, int doc, List<int> cells)
    {
        if (values is null)
        {
            return 0;
        }

        var before = cells.Count;
        values.SetDocument(doc);
        for (var ord = values.NextOrd(); ord != SortedSetDocValues.NO_MORE_ORDS; ord = values.NextOrd())
        {
            cells.Add((int)ord);
        }

        return cells.Count - before;
    }

    private static int SlotOf(int year, Dictionary<int, int> slotOfYear, List<int> years)
    {
        if (!slotOfYear.TryGetValue(year, out var slot))
        {
            slot = years.Count;
            slotOfYear[year] = slot;
            years.Add(year);
        }

        return slot;
    }

    private static string[] Names(SortedSetDocValues? values)
    {
        var names = new string[values?.ValueCount ?? 0];
        var term = new BytesRef();
        for (var ord = 0; ord < names.Length; ord++)
        {
            values!.LookupOrd(ord, term);
            names[ord] = term.Utf8ToString();
        }

        return names;
    }
}
