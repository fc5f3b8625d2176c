using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Search.Core.Searching;

/// <summary>Reads the facet columns of every new segment when a searcher opens, so no search pays for it.</summary>
public sealed class FacetWarmingSearcherFactory : SearcherFactory
{
    public override IndexSearcher NewSearcher(IndexReader reader)
    {
        foreach (var leaf in reader.Leaves)
        {
            SegmentFacetColumns.For(leaf.AtomicReader);
        }

        return base.NewSearcher(reader);
    }
}
