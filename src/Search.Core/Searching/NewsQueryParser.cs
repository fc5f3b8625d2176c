using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using Lucene.Net.Util.Automaton;
using Search.Core.Schema;

namespace Search.Core.Searching;

/// <summary>
/// Lucene's classic syntax (phrases, AND/OR/NOT, prefix*, field:value) over title and body, with the names people
/// type for fields ("speaker:", "location:", "person:") mapped to the schema's analyzed name fields.
/// </summary>
public sealed class NewsQueryParser : MultiFieldQueryParser
{
    private static readonly Dictionary<string, string> FieldAliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["speaker"] = ArticleFields.Speakers.Text,
        ["speakers"] = ArticleFields.Speakers.Text,
        ["person"] = ArticleFields.People.Text,
        ["people"] = ArticleFields.People.Text,
        ["location"] = ArticleFields.Locations.Text,
        ["locations"] = ArticleFields.Locations.Text,
        ["place"] = ArticleFields.Locations.Text,
        ["title"] = ArticleFields.Title,
        ["body"] = ArticleFields.Body,
        ["text"] = ArticleFields.Body,
    };

    /// <summary>
    /// Fields a bare word is searched in, and their weights: a title match counts three times a body match. Location
    /// names are left out: their words are in the text already, and "states" should not match every article the
    /// extractor placed in the United States; `location:` still searches them.
    /// </summary>
    private static readonly Dictionary<string, float> Boosts = new()
    {
        [ArticleFields.Title] = 3f,
        [ArticleFields.Body] = 1f,
        [ArticleFields.Speakers.Text] = 1.5f,
        [ArticleFields.People.Text] = 1f,
    };

    /// <summary>The fields a bare word is searched in.</summary>
    public static IReadOnlyCollection<string> SearchedFields => Boosts.Keys;

    public NewsQueryParser(Analyzer analyzer)
        : base(NewsAnalyzers.Version, [.. Boosts.Keys], analyzer, Boosts)
    {
        DefaultOperator = Operator.AND;
        AllowLeadingWildcard = false;
        AutoGeneratePhraseQueries = true;
    }

    private const int MaxSingleWildcardsAfterStar = 4;

    /// <summary>Most terms a fuzzy term keeps, best first.</summary>
    public int MaxFuzzyExpansions { get; init; } = FuzzyQuery.DefaultMaxExpansions;

    protected override Query GetFieldQuery(string field, string queryText, bool quoted) =>
        base.GetFieldQuery(Map(field), queryText, quoted);

    protected override Query GetFieldQuery(string field, string queryText, int slop) =>
        base.GetFieldQuery(Map(field), queryText, slop);

    protected override Query GetPrefixQuery(string field, string termStr) =>
        base.GetPrefixQuery(Map(field), termStr);

    protected override Query GetWildcardQuery(string field, string termStr)
    {
        // `o*a??????????` compiles to an automaton that takes seconds to determinize, and each further '?' doubles it.
        var star = termStr.IndexOf('*', StringComparison.Ordinal);
        if (star >= 0 && termStr.AsSpan(star).Count('?') > MaxSingleWildcardsAfterStar)
        {
            throw new SearchQueryException($"'{termStr}' is too costly to search: after a '*', use at most {MaxSingleWildcardsAfterStar} '?'.");
        }

        return base.GetWildcardQuery(Map(field), termStr);
    }

    protected override Query GetFuzzyQuery(string field, string termStr, float minSimilarity) =>
        base.GetFuzzyQuery(Map(field), termStr, minSimilarity);

    protected override Query NewFuzzyQuery(Term term, float minimumSimilarity, int prefixLength) =>
        new FuzzyQuery(term, Edits(minimumSimilarity, term.Text.EnumerateRunes().Count()), prefixLength, MaxFuzzyExpansions, FuzzyQuery.DefaultTranspositions);

    /// <summary>
    /// Lucene's reading of `word~n`: n of 1 or more is an edit distance, a fraction a similarity; either way at most
    /// two edits, so `word~999999` costs no more than `word~2`.
    /// </summary>
    private static int Edits(float similarity, int length) => similarity switch
    {
        >= 1f => (int)Math.Min(similarity, LevenshteinAutomata.MAXIMUM_SUPPORTED_DISTANCE),
        <= 0f => 0,
        _ => Math.Min((int)((1d - similarity) * length), LevenshteinAutomata.MAXIMUM_SUPPORTED_DISTANCE),
    };

    protected override Query GetRangeQuery(string field, string part1, string part2, bool startInclusive, bool endInclusive) =>
        base.GetRangeQuery(Map(field), part1, part2, startInclusive, endInclusive);

    /// <summary>
    /// Regular expressions are not offered: Lucene 4.8 cannot bound what one costs (`/.*a.{15}/` takes minutes to
    /// compile), so the text between slashes is searched as words.
    /// </summary>
    protected override Query GetRegexpQuery(string field, string termStr) =>
        GetFieldQuery(field, termStr, quoted: false);

    private static string Map(string field) => field is null ? null! : FieldAliases.GetValueOrDefault(field, field);
}
