using Lucene.Net.Index;
using Lucene.Net.Search;
using Search.Tests.Fixtures;

namespace Search.Tests.Searching;

/// <summary>
/// Searches whose words expand to no index term walk Lucene's one shared empty terms enumeration; the first two to
/// add an attribute to it at the same moment collided (a 500 under load, once in about 30,000 requests, too rare to
/// provoke here). A search service prepares it when it opens, so no search adds to it.
/// </summary>
public sealed class ConcurrentFirstUseTests
{
    [Fact]
    public void Opening_a_search_service_prepares_the_shared_empty_terms_enumeration()
    {
        using var index = new BuiltIndex();

        Assert.True(TermsEnum.EMPTY.Attributes.HasAttribute<IBoostAttribute>());
    }
}
