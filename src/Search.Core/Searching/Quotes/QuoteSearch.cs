using System.Diagnostics;
using Lucene.Net.Analysis;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Search.Core.Schema;
using Search.Core.Searching.Counting;

namespace Search.Core.Searching.Quotes;

/// <summary>
/// Searches the quotes themselves (each indexed as its own document beside its article): who said these words, and
/// what a speaker said, newest first. Runs on the <see cref="SearchService"/>'s searcher, so it sees the same index version.
/// </summary>
public sealed class QuoteSearch(SearchService search) : IDisposable
{
    private static readonly Sort NewestFirst = new(
        new SortField(QuoteFields.Date, SortFieldType.INT32, true),
        new SortField(QuoteFields.Position, SortFieldType.INT64));

    private readonly Analyzer analyzer = NewsAnalyzers.Create();

    public QuoteResult Search(QuoteRequest request)
    {
        var stopwatch = Stopwatch.StartNew();
        var text = QuoteQueryParser.ParseOrWords(analyzer, request.Query);
        var query = Build(request, text);
        var wanted = request.Page * request.Size;

        return search.WithSearcher(searcher =>
        {
            ITopDocsCollector top = text is null
                ? TopFieldCollector.Create(NewestFirst, wanted, true, false, false, false)
                : TopFieldCollector.Create(new Sort(SortField.FIELD_SCORE, NewestFirst.GetSort()[0]), wanted, true, true, false, false);
            var speakers = new NameCounter(QuoteFields.SpeakerFacet);
            try
            {
                searcher.Search(query, MultiCollector.Wrap((ICollector)top, speakers));
            }
            catch (BooleanQuery.TooManyClausesException ex)
            {
                throw new SearchQueryException("The query expands to too many terms; use a longer prefix or fewer wildcards.", ex);
            }

            var highlighter = new QuoteHighlighter(analyzer);
            var hits = top.GetTopDocs((request.Page - 1) * request.Size, request.Size).ScoreDocs
                .Select(sd => ToHit(searcher.Doc(sd.Doc), text, highlighter))
                .ToList();
            return new QuoteResult(request.Query, top.TotalHits, Math.Round(stopwatch.Elapsed.TotalMilliseconds, 2), request.Page, request.Size, hits, new QuoteFacets(speakers.Top(request.FacetSize)));
        });
    }

    public void Dispose() => analyzer.Dispose();

    /// <summary>A hit as the API shows it; the quote text highlighted for <paramref name="query"/>.</summary>
    internal static QuoteHit ToHit(Document doc, Query? query, QuoteHighlighter highlighter) => new(
        doc.Get(QuoteFields.Speaker) ?? string.Empty,
        highlighter.Highlight(query, doc.Get(QuoteFields.Text) ?? string.Empty),
        doc.Get(QuoteFields.ArticleId) ?? string.Empty,
        doc.Get(QuoteFields.Title) ?? string.Empty,
        doc.Get(QuoteFields.DateIso));

    private static Query Build(QuoteRequest request, Query? text)
    {
        var filters = new BooleanQuery { { DocumentKinds.Quotes(), Occur.MUST } };
        if (request.Speakers.Count > 0)
        {
            var anyOf = new BooleanQuery();
            foreach (var speaker in request.Speakers)
            {
                anyOf.Add(new TermQuery(new Term(QuoteFields.SpeakerKey, NameNormalizer.Normalize(speaker))), Occur.SHOULD);
            }

            filters.Add(anyOf, Occur.MUST);
        }

        if (request.From is not null || request.To is not null)
        {
            int? from = request.From is { } f ? ArticleDocumentMapper.DateKey(f) : null;
            int? to = request.To is { } t ? ArticleDocumentMapper.DateKey(t) : null;
            filters.Add(NumericRangeQuery.NewInt32Range(QuoteFields.Date, from, to, true, true), Occur.MUST);
        }

        return new FilteredQuery(text ?? new MatchAllDocsQuery(), new QueryWrapperFilter(filters));
    }
}
