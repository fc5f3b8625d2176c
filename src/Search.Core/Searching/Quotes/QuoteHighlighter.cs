using Lucene.Net.Analysis;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;
using Search.Core.Schema;
using Search.Core.Searching.Highlighting;

namespace Search.Core.Searching.Quotes;

/// <summary>The whole quote, HTML-escaped, with the words the query matched in &lt;mark&gt;.</summary>
public sealed class QuoteHighlighter(Analyzer analyzer)
{
    private static readonly HtmlTextEncoder Encoder = new();

    public string Highlight(Query? query, string text)
    {
        if (query is null)
        {
            return Encoder.EncodeText(text);
        }

        var highlighter = new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"), Encoder, new QueryScorer(query, QuoteFields.Text) { ExpandMultiTermQuery = true })
        {
            TextFragmenter = new NullFragmenter(),
            MaxDocCharsToAnalyze = 100_000,
        };
        return highlighter.GetBestFragment(analyzer, QuoteFields.Text, text) ?? Encoder.EncodeText(text);
    }
}
