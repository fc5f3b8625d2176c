using Lucene.Net.Analysis;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
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

    public NewsQueryParser(Analyzer analyzer)
        : base(NewsAnalyzers.Version, [.. Boosts.Keys], analyzer, Boosts)
    {
        DefaultOperator = Operator.AND;
        AllowLeadingWildcard = false;
        AutoGeneratePhraseQueries = true;
    }

    protected override Query GetFieldQuery(string field, string queryText, bool quoted) =>
        base.GetFieldQuery(Map(field), queryText, quoted);

    protected override Query GetFieldQuery(string field, string queryText, int slop) =>
        base.GetFieldQuery(Map(field), queryText, slop);

    protected override Query GetPrefixQuery(string field, string termStr) =>
        base.GetPrefixQuery(Map(field), termStr);

    protected override Query GetWildcardQuery(string field, string termStr) =>
        base.GetWildcardQuery(Map(field), termStr);

    protected override Query GetFuzzyQuery(string field, string termStr, float minSimilarity) =>
        base.GetFuzzyQuery(Map(field), termStr, minSimilarity);

    protected override Query GetRangeQuery(string field, string part1, string part2, bool startInclusive, bool endInclusive) =>
        base.GetRangeQuery(Map(field), part1, part2, startInclusive, endInclusive);

    protected override Query GetRegexpQuery(string field, string termStr) =>
        base.GetRegexpQuery(Map(field), termStr);

    private static string Map(string field) => field is null ? null! : FieldAliases.GetValueOrDefault(field, field);
}
