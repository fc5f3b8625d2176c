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

    /// <summary>Weight of the typo variants relative to the word as typed, when the word itself matches something.</summary>
    private const float TypoBoost = 0.1f;

    /// <summary>The most common variants searched per word and field, as Lucene's fuzzy query caps its expansions.</summary>
    private const int MaxVariants = 50;

    /// <summary>The query with typo variants added to its rare words; the query itself when none is rare.</summary>
    public static Query? Apply(Query? query, IndexReader reader) => query is null ? null : Rewrite(query, reader);

    /// <summary>Edits allowed for a word of this length: 0 below 5 letters, 1 from 5, 2 from 9.</summary>
    public static int AllowedEdits(string word) => word.Length >= 9 ? 2 : word.Length >= 5 ? 1 : 0;

    private static Query Rewrite(Query query, IndexReader reader) => query switch
    {
        TermQuery term => Word([term], reader)(term),
        BooleanQuery boolean when IsWordGroup(boolean) => RewriteClauses(boolean, Word([.. boolean.Clauses.Select(c => (TermQuery)c.Query)], reader)),
        BooleanQuery boolean => RewriteClauses(boolean, c => Rewrite(c, reader)),
        _ => query,
    };

    /// <summary>One word searched in several fields, as the multi-field parser expands it: rare or not as a whole.</summary>
    private static bool IsWordGroup(BooleanQuery boolean) =>
        boolean.Clauses.Count > 0 && boolean.Clauses.All(c => c.Occur == Occur.SHOULD && c.Query is TermQuery);

    /// <summary>
    /// The term queries of one word (one per field), each carrying its per-segment statistics, looked up here once
    /// and reused by the search; with typo variants when the word has few matches. With no exact match at all the
    /// variants weigh as much as the word would, else a tenth.
    /// </summary>
    private static Func<Query, Query> Word(IReadOnlyList<TermQuery> terms, IndexReader reader)
    {
        // Keyed by the parsed query itself: the rewrite hands back each of the word's own clauses.
        var lookedUp = new Dictionary<Query, TermQuery>(ReferenceEqualityComparer.Instance);
        var matches = 0;
        foreach (var typed in terms)
        {
            var state = TermContext.Build(reader.Context, typed.Term);
            lookedUp[typed] = new TermQuery(typed.Term, state) { Boost = typed.Boost };
            matches += state.DocFreq;
        }

        if (matches > RareDocs)
        {
            return typed => lookedUp[typed];
        }

        var weight = matches == 0 ? 1f : TypoBoost;
        return query => WithVariants(lookedUp[query], weight, reader);
    }

    private static BooleanQuery RewriteClauses(BooleanQuery boolean, Func<Query, Query> rewrite)
    {
        var result = new BooleanQuery(boolean.CoordDisabled) { Boost = boolean.Boost, MinimumNumberShouldMatch = boolean.MinimumNumberShouldMatch };
        foreach (var clause in boolean.Clauses)
        {
            result.Add(rewrite(clause.Query), clause.Occur);
        }

        return result;
    }

    /// <summary>
    /// The term or its indexed variants within the allowed edits, the most common first, as plain term queries, so
    /// that highlighting finds them without expanding a fuzzy query again for every hit.
    /// </summary>
    private static Query WithVariants(TermQuery term, float weight, IndexReader reader)
    {
        var edits = AllowedEdits(term.Term.Text);
        if (edits == 0 || TypoVocabulary.For(reader, term.Term.Field) is not { } vocabulary)
        {
            return term;
        }

        var variants = vocabulary.Within(term.Term.Text, edits).Where(v => v.Text != term.Term.Text).ToList();
        if (variants.Count == 0)
        {
            return term;
        }

        var result = new BooleanQuery(disableCoord: true) { { term, Occur.SHOULD } };
        foreach (var variant in variants.OrderByDescending(v => v.Docs).ThenBy(v => v.Text, StringComparer.Ordinal).Take(MaxVariants))
        {
            result.Add(new TermQuery(new Term(term.Term.Field, variant.Text)) { Boost = term.Boost * weight }, Occur.SHOULD);
        }

        return result;
    }
}
