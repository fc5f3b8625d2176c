using Lucene.Net.Index;

namespace Search.Core.Searching;

/// <summary>A contiguous run of one segment's documents, [Start, End) in the segment's own numbering.</summary>
internal readonly record struct SegmentRange(AtomicReaderContext Leaf, int Start, int End);

/// <summary>
/// Splits an index's documents into slices of about equal size, each a list of segment ranges in document order, so
/// a search over a large index can run on several cores. Ranges cut through segments: a large archive is mostly one
/// merged segment, so slicing by whole segments (Lucene 9's way) would leave one core with nearly all the work.
/// </summary>
internal static class DocumentSlices
{
    /// <summary>One slice for an index of up to <paramref name="docsPerSlice"/> documents, else as many as that size asks for, up to <paramref name="maxSlices"/>.</summary>
    public static List<List<SegmentRange>> Of(IndexReader reader, int docsPerSlice, int maxSlices)
    {
        var count = (int)Math.Clamp(((long)reader.MaxDoc + docsPerSlice - 1) / Math.Max(docsPerSlice, 1), 1, Math.Max(maxSlices, 1));
        var perSlice = (reader.MaxDoc + count - 1) / count;
        var slices = new List<List<SegmentRange>>(count);
        var current = new List<SegmentRange>();
        var filled = 0;
        foreach (var leaf in reader.Leaves)
        {
            var maxDoc = leaf.AtomicReader.MaxDoc;
            for (var start = 0; start < maxDoc;)
            {
                var end = Math.Min(maxDoc, start + perSlice - filled);
                current.Add(new SegmentRange(leaf, start, end));
                filled += end - start;
                start = end;
                if (filled == perSlice)
                {
                    slices.Add(current);
                    current = [];
                    filled = 0;
                }
            }
        }

        if (current.Count > 0 || slices.Count == 0)
        {
            slices.Add(current);
        }

        return slices;
    }
}
