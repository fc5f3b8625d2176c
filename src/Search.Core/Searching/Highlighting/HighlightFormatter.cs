using Lucene.Net.Analysis;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;
using Search.Core.Schema;

namespace Search.Core.Searching.Highlighting;

/// <summary>
/// Produces HTML-safe highlights: the text is escaped and only our &lt;mark&gt; tags are added, so a page may insert
/// the result as markup. Body fragments are 120-240 characters, cut at sentence starts or, in long sentences, at word
/// boundaries. Words and exact phrases are found from the offsets in the hit's postings; other queries (prefix,
/// wildcard, fuzzy, sloppy phrases) and indexes without offsets fall back to analysing the stored text.
/// </summary>
public sealed class HighlightFormatter(Analyzer analyzer)
{
    private const int FragmentSize = 200;
    private const int MaxFragments = 3;

    private static readonly HtmlTextEncoder Encoder = new();

    /// <summary>The whole title with its matches marked, escaped: from the hit's <see cref="PostingsMatches"/> when there are any, else by analysis.</summary>
    public string Title(Query? query, IReadOnlyList<MatchSpan>? spans, string title)
    {
        if (query is null || spans is null)
        {
            return Title(query, title);
        }

        return MarkedFragments.Whole(title, spans);
    }

    /// <summary>Up to three best body fragments from the hit's <see cref="PostingsMatches"/> when there are any (see <see cref="Body(Query?, string)"/>).</summary>
    public IReadOnlyList<string> Body(Query? query, IReadOnlyList<MatchSpan>? spans, string body)
    {
        if (query is null || spans is null)
        {
            return Body(query, body);
        }

        var fragments = MarkedFragments.Best(body, spans, MaxFragments);
        return fragments.Count > 0 ? fragments : [Encoder.EncodeText(Opening(body))];
    }

    /// <summary>The whole title with its matches marked, escaped, by analysing it.</summary>
    public string Title(Query? query, string title)
    {
        if (query is null)
        {
            return Encoder.EncodeText(title);
        }

        var highlighter = NewHighlighter(query, ArticleFields.Title);
        highlighter.TextFragmenter = new NullFragmenter();
        return highlighter.GetBestFragment(analyzer, ArticleFields.Title, title) ?? Encoder.EncodeText(title);
    }

    /// <summary>Up to three best body fragments by analysing the body, best first; the article's opening when nothing in the body matched.</summary>
    public IReadOnlyList<string> Body(Query? query, string body)
    {
        if (query is not null)
        {
            var highlighter = NewHighlighter(query, ArticleFields.Body);
            highlighter.TextFragmenter = new SentenceFragmenter();
            using var tokens = analyzer.GetTokenStream(ArticleFields.Body, body);
            var fragments = highlighter.GetBestTextFragments(tokens, body, false, MaxFragments)
                .Where(f => f is not null && f.Score > 0)
                .Select(f => MarkedFragments.TrimPunctuation(f.ToString()))
                .Where(f => f.Length > 0)
                .ToList();
            if (fragments.Count > 0)
            {
                return fragments;
            }
        }

        return [Encoder.EncodeText(Opening(body))];
    }

    private static Highlighter NewHighlighter(Query query, string field)
    {
        var scorer = new QueryScorer(query, field) { ExpandMultiTermQuery = true };
        return new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"), Encoder, scorer)
        {
            MaxDocCharsToAnalyze = 200_000,
        };
    }

    /// <summary>The first ~200 characters, ended at a word boundary.</summary>
    private static string Opening(string body)
    {
        if (body.Length <= FragmentSize)
        {
            return body;
        }

        var cut = body.LastIndexOf(' ', FragmentSize);
        return body[..(cut > 80 ? cut : FragmentSize)] + " …";
    }
}
