using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Search.Core.Searching;

/// <summary>
/// Refuses a wildcard, prefix, regex or range term that matches more index terms than allowed, with a message the user
/// can act on, instead of letting one query visit a large part of the term dictionary; otherwise rewrites as Lucene's default.
/// </summary>
internal sealed class ExpansionLimitedRewrite(int maxTerms) : MultiTermQuery.RewriteMethod
{
    public override Query Rewrite(IndexReader reader, MultiTermQuery query)
    {
        var seen = new HashSet<BytesRef>();
        foreach (var leaf in reader.Leaves)
        {
            var terms = leaf.AtomicReader.GetTerms(query.Field);
            if (terms is null)
            {
                continue;
            }

            var termsEnum = GetTermsEnum(query, terms, new AttributeSource());
            while (termsEnum.MoveNext())
            {
                if (seen.Add(BytesRef.DeepCopyOf(termsEnum.Term)) && seen.Count > maxTerms)
                {
                    throw new SearchQueryException(
                        $"'{query}' matches more than {maxTerms} different words; use a longer prefix or fewer wildcards.");
                }
            }
        }

        return MultiTermQuery.CONSTANT_SCORE_AUTO_REWRITE_DEFAULT.Rewrite(reader, query);
    }
}
