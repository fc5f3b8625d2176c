using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Search.Core.Searching.Typos;

/// <summary>
/// Meilisearch-style typo tolerance: a query word that matches no or very few articles is also searched with edit
/// distance 1 (words of 5+ letters) or 2 (9+), the fuzzy variants weighted below the exact word so exact matches
/// rank first. Phrases and other non-term queries stay exact.
/// </summary>
public static class TypoTolerance
{
    /// <summary>A word in at most this many documents counts as "very few matches" and gets typo variants.</summary>
    public const int RareDocs = 2;

    /// <summary>Weight of the typo variants relative to the word as typed.</summary>
    private const float TypoBoost = 0.1f;

    /// <summary>The query with typo variants added to its rare words; the query itself when none is rare.</summary>
    public static Query? Apply(Query? query, IndexReader reader) => query is null ? null : Rewrite(query, reader);

    /// <summary>Edits allowed for a word of this length: 0 below 5 letters, 1 from 5, 2 from 9.</summary>
    public static int AllowedEdits(string word) => word.Length >= 9 ? 2 : word.Length >= 5 ? 1 : 0;

    private static Query Rewrite(Query query, IndexReader reader) => query switch
    {
        TermQuery term => IsRare([term], reader) ? Tolerant(term) : term,
        BooleanQuery boolean when IsWordGroup(boolean) => IsRare([.. boolean.Clauses.Select(c => (TermQuery)c.Query)], reader) ? RewriteClauses(boolean, c => Tolerant((TermQuery)c)) : boolean,
        BooleanQuery boolean => RewriteClauses(boolean, c => Rewrite(c, reader)),
        _ => query,
    };

    /// <summary>One word searched in several fields, as the multi-field parser expands it: rare or not as a whole.</summary>
    private static bool IsWordGroup(BooleanQuery boolean) =>
        boolean.Clauses.Count > 0 && boolean.Clauses.All(c => c.Occur == Occur.SHOULD && c.Query is TermQuery);

    private static bool IsRare(IReadOnlyList<TermQuery> terms, IndexReader reader) =>
        terms.Sum(t => reader.DocFreq(t.Term)) <= RareDocs;

    private static BooleanQuery RewriteClauses(BooleanQuery boolean, Func<Query, Query> rewrite)
    {
        var result = new BooleanQuery(boolean.CoordDisabled) { Boost = boolean.Boost, MinimumNumberShouldMatch = boolean.MinimumNumberShouldMatch };
        foreach (var clause in boolean.Clauses)
        {
            result.Add(rewrite(clause.Query), clause.Occur);
        }

        return result;
    }

    private static Query Tolerant(TermQuery term)
    {
        var edits = AllowedEdits(term.Term.Text);
        if (edits == 0)
        {
            return term;
        }

        var fuzzy = new FuzzyQuery(term.Term, edits, prefixLength: 0) { Boost = term.Boost * TypoBoost };
        return new BooleanQuery(disableCoord: true) { { term, Occur.SHOULD }, { fuzzy, Occur.SHOULD } };
    }
}
