using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Search.Core.Searching.Highlighting;

/// <summary>
/// Where the query matches the title and body of each hit on a page, read from postings one segment at a time, so a
/// term is looked up once per segment rather than once per hit. A hit's matches are null when they cannot be read
/// from postings (no highlight terms, or no offsets indexed): it is then highlighted by analysis.
/// </summary>
internal sealed class PageMatches
{
    private readonly List<MatchSpan>?[] titles;
    private readonly List<MatchSpan>?[] bodies;

    private PageMatches(int count)
    {
        titles = new List<MatchSpan>?[count];
        bodies = new List<MatchSpan>?[count];
    }

    public static PageMatches Read(IndexReader reader, ScoreDoc[] hits, HighlightTerms? titleTerms, HighlightTerms? bodyTerms)
    {
        var page = new PageMatches(hits.Length);
        if (titleTerms is null && bodyTerms is null)
        {
            return page;
        }

        var leaves = reader.Leaves;
        foreach (var segment in Enumerable.Range(0, hits.Length).GroupBy(i => ReaderUtil.SubIndex(hits[i].Doc, leaves)))
        {
            var leaf = leaves[segment.Key];
            var inDocOrder = segment.OrderBy(i => hits[i].Doc).ToArray();
            var docs = inDocOrder.Select(i => hits[i].Doc - leaf.DocBase).ToArray();
            Fill(page.titles, inDocOrder, titleTerms is null ? null : PostingsMatches.Read(leaf.AtomicReader, docs, titleTerms));
            Fill(page.bodies, inDocOrder, bodyTerms is null ? null : PostingsMatches.Read(leaf.AtomicReader, docs, bodyTerms));
        }

        return page;
    }

    /// <summary>The matches in hit <paramref name="hit"/>'s title, or null to highlight it by analysis.</summary>
    public List<MatchSpan>? Title(int hit) => titles[hit];

    /// <summary>The matches in hit <paramref name="hit"/>'s body, or null to highlight it by analysis.</summary>
    public List<MatchSpan>? Body(int hit) => bodies[hit];

    private static void Fill(List<MatchSpan>?[] target, int[] hits, List<MatchSpan>[]? spans)
    {
        if (spans is null)
        {
            return;
        }

        for (var k = 0; k < hits.Length; k++)
        {
            target[hits[k]] = spans[k];
        }
    }
}
