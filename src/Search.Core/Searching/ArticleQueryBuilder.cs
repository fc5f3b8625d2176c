using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using Search.Core.Schema;

namespace Search.Core.Searching;

/// <summary>Turns a search request into a Lucene query: the parsed text, filtered by whole-name and date-range filters that do not affect scores.</summary>
public sealed class ArticleQueryBuilder(Analyzer analyzer, SearchLimits? limits = null)
{
    // Kept per segment as a bit set, so restricting a search to articles costs a bit test per hit rather than a walk
    // of a second posting list as long as the index.
    private static readonly Filter ArticlesOnly = new BitSetCachingFilter(new QueryWrapperFilter(DocumentKinds.Articles()));

    private readonly SearchLimits limits = limits ?? new SearchLimits();

    /// <summary>The text part alone, used to highlight; null when the request has no text.</summary>
    public Query? ParseText(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (text.Length > limits.MaxQueryLength)
        {
            throw new SearchQueryException($"q is too long: at most {limits.MaxQueryLength} characters.");
        }

        // Checked before parsing, which would take seconds to find out for a pasted document of 10,000 words.
        if (text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length > BooleanQuery.MaxClauseCount)
        {
            throw TooManyWords(null);
        }

        try
        {
            return NewParser().Parse(text);
        }
        catch (Exception ex) when (ex is ParseException or ArgumentException)
        {
            // What users type in a search box is words, not syntax: search the words of a query that does not parse
            // (an invalid regex or fuzziness surfaces as ArgumentException from Lucene's query constructors).
        }

        try
        {
            return NewParser().Parse(QueryParserBase.Escape(text));
        }
        catch (ParseException ex) when (ex.InnerException is BooleanQuery.TooManyClausesException)
        {
            throw TooManyWords(ex);
        }
        catch (ParseException ex)
        {
            throw new SearchQueryException("The query could not be read, even as plain words.", ex);
        }
    }

    private static SearchQueryException TooManyWords(Exception? inner) =>
        new($"The query has too many words: at most {BooleanQuery.MaxClauseCount} are searched together.", inner);

    private NewsQueryParser NewParser() => new(analyzer)
    {
        MultiTermRewriteMethod = new ExpansionLimitedRewrite(limits.MaxExpansions),
        MaxFuzzyExpansions = Math.Min(FuzzyQuery.DefaultMaxExpansions, limits.MaxExpansions),
    };

    public Query Build(SearchRequest request, Query? text)
    {
        // Quotes share the index; a query naming one of their fields must still return only articles.
        var filters = new BooleanQuery { { new ConstantScoreQuery(ArticlesOnly), Occur.MUST } };
        AddAnyOf(filters, ArticleFields.Speakers.Keyword, request.Speakers);
        AddAnyOf(filters, ArticleFields.Locations.Keyword, request.Locations);
        if (request.From is not null || request.To is not null)
        {
            int? from = request.From is { } f ? ArticleDocumentMapper.DateKey(f) : null;
            int? to = request.To is { } t ? ArticleDocumentMapper.DateKey(t) : null;
            filters.Add(NumericRangeQuery.NewInt32Range(ArticleFields.Date, from, to, true, true), Occur.MUST);
        }

        return new FilteredQuery(text ?? new MatchAllDocsQuery(), filters.Clauses.Count == 1 ? ArticlesOnly : new QueryWrapperFilter(filters));
    }

    private static void AddAnyOf(BooleanQuery filters, string field, IReadOnlyList<string> values)
    {
        if (values.Count == 0)
        {
            return;
        }

        var anyOf = new BooleanQuery();
        foreach (var value in values)
        {
            anyOf.Add(new TermQuery(new Term(field, NameNormalizer.Normalize(value))), Occur.SHOULD);
        }

        filters.Add(anyOf, Occur.MUST);
    }
}
