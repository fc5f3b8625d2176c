using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Search.Core.Searching.Highlighting;

/// <summary>
/// The words and exact phrases of a query that can match in one field, as highlighting looks them up in a hit's
/// postings. Prohibited clauses are left out, as they never match a hit.
/// </summary>
public sealed class HighlightTerms
{
    private HighlightTerms(string field)
    {
        Field = field;
    }

    public string Field { get; }

    /// <summary>Single terms; a match of term i counts as distinct term i when fragments are scored.</summary>
    public List<Term> Terms { get; } = [];

    /// <summary>Exact phrases: their terms and each term's position in the phrase.</summary>
    public List<(Term[] Terms, int[] Positions)> Phrases { get; } = [];

    public bool IsEmpty => Terms.Count == 0 && Phrases.Count == 0;

    /// <summary>
    /// The terms and phrases for <paramref name="field"/>, or null when the query holds a kind of clause whose matches
    /// cannot be read from postings (prefix, wildcard, fuzzy, sloppy phrase, range): those are highlighted by analysis.
    /// </summary>
    public static HighlightTerms? From(Query query, string field)
    {
        var terms = new HighlightTerms(field);
        return terms.Add(query) ? terms : null;
    }

    private bool Add(Query query)
    {
        switch (query)
        {
            case BooleanQuery boolean:
                foreach (var clause in boolean.Clauses)
                {
                    if (clause.Occur != Occur.MUST_NOT && !Add(clause.Query))
                    {
                        return false;
                    }
                }

                return true;
            case TermQuery term:
                if (term.Term.Field == Field && !Terms.Contains(term.Term))
                {
                    Terms.Add(term.Term);
                }

                return true;
            case PhraseQuery phrase when phrase.Slop == 0:
                var phraseTerms = phrase.GetTerms();
                if (phraseTerms.Length > 0 && phraseTerms[0].Field == Field)
                {
                    Phrases.Add((phraseTerms, phrase.GetPositions()));
                }

                return true;
            case MatchAllDocsQuery:
                return true;
            default:
                return false;
        }
    }
}
