using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Search.Core.Searching;

/// <summary>
/// Adds, once per process and before any search, the attribute that Lucene's multi-term rewrites and fuzzy term
/// enumerations add to the terms enumeration they walk. Where no term matches, that enumeration is the shared
/// <see cref="TermsEnum.EMPTY"/>, whose one attribute set is not safe to add to from two threads: two searches that
/// first found nothing at the same moment both added it, and one failed with "An item with the same key has already
/// been added. Key: BoostAttribute" (a 500, about once in 30,000 requests of a load test). Once added, later adds are reads.
/// </summary>
internal static class EmptyTermsEnumAttributes
{
    public static void Prime() => TermsEnum.EMPTY.Attributes.AddAttribute<IBoostAttribute>();
}
