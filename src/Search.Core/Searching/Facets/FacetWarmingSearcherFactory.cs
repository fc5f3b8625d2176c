using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Search.Core.Searching.Facets;

/// <summary>Reads the facet columns of every new segment, and numbers their names across segments, when a searcher opens, so no search pays for it.</summary>
public sealed class FacetWarmingSearcherFactory : SearcherFactory
{
    public override IndexSearcher NewSearcher(IndexReader reader)
    {
        IndexFacetNames.For(reader);
        return base.NewSearcher(reader);
    }
}
