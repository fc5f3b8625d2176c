using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Search.Core.Searching;

/// <summary>
/// Caches a filter per segment as a plain bit set. A <see cref="FilteredQuery"/> tests such a set per candidate hit
/// (random access) instead of walking it alongside the query, as it must with the compressed set that
/// <see cref="CachingWrapperFilter"/> keeps by default.
/// </summary>
public sealed class BitSetCachingFilter(Filter filter) : CachingWrapperFilter(filter)
{
    protected override DocIdSet CacheImpl(DocIdSetIterator iterator, AtomicReader reader)
    {
        var bits = new FixedBitSet(reader.MaxDoc);
        bits.Or(iterator);
        return bits;
    }
}
