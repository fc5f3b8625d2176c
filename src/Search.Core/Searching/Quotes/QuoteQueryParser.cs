using Lucene.Net.Analysis;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using Search.Core.Schema;

namespace Search.Core.Searching.Quotes;

/// <summary>Lucene's classic syntax over the quoted words; "speaker:" searches the words of the speaker's name.</summary>
public sealed class QuoteQueryParser : QueryParser
{
    public QuoteQueryParser(Analyzer analyzer)
        : base(NewsAnalyzers.Version, QuoteFields.Text, analyzer)
    {
        DefaultOperator = Operator.AND;
        AllowLeadingWildcard = false;
        AutoGeneratePhraseQueries = true;
    }

    /// <summary>The parsed query; words alone when the text is not valid syntax; null for blank text.</summary>
    public static Query? ParseOrWords(Analyzer analyzer, string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        try
        {
            return new QuoteQueryParser(analyzer).Parse(text);
        }
        catch (ParseException)
        {
            return new QuoteQueryParser(analyzer).Parse(Escape(text));
        }
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

    // Any other field name is searched as written; the kind filter keeps article fields from matching anything.
    private static string Map(string field) => field is "speaker" or "speakers" ? QuoteFields.SpeakerText : field is "text" or "quote" ? QuoteFields.Text : field;
}
