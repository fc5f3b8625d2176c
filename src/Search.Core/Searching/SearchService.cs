using System.Diagnostics;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Search.Core.Articles;
using Search.Core.Schema;
using Search.Core.Searching.Ranking;
using Search.Core.Searching.Typos;

namespace Search.Core.Searching;

/// <summary>
/// Answers searches and article look-ups on a shared, concurrently used searcher. <see cref="Refresh"/> switches to
/// the newest committed index, so a rebuild is picked up without a restart while in-flight searches finish on the old one.
/// </summary>
public sealed class SearchService : IDisposable
{
    /// <summary>How deep results may be paged (page × size), as Elasticsearch's max_result_window.</summary>
    public const int MaxResultWindow = 10_000;

    private readonly Lucene.Net.Store.Directory directory;
    private readonly SearcherManager manager;
    private readonly Analyzer analyzer = NewsAnalyzers.Create();
    private readonly ArticleQueryBuilder queries;
    private readonly HighlightFormatter highlighter;

    public SearchService(string indexPath)
    {
        directory = FSDirectory.Open(indexPath);
        if (!DirectoryReader.IndexExists(directory))
        {
            directory.Dispose();
            throw new IndexNotFoundException($"No index at '{indexPath}'. Build one with: indexer build <corpus-dir> --index {indexPath}");
        }

        manager = new SearcherManager(directory, null);
        queries = new ArticleQueryBuilder(analyzer);
        highlighter = new HighlightFormatter(analyzer);
    }

    /// <summary>Number of articles in the index being served.</summary>
    public int Count => WithSearcher(s => DocumentKinds.CountArticles(s.IndexReader));

    /// <summary>Picks up a newer commit, if an indexer has made one; cheap when nothing changed. True when the served index changed.</summary>
    public bool Refresh()
    {
        var before = Version();
        manager.MaybeRefreshBlocking();
        return Version() != before;
    }

    public SearchResult Search(SearchRequest request)
    {
        var stopwatch = Stopwatch.StartNew();
        var parsed = queries.ParseText(request.Query);
        var wanted = request.Page * request.Size;

        return WithSearcher(searcher =>
        {
            var text = TypoTolerance.Apply(parsed, searcher.IndexReader);
            var byDate = request.Sort == SearchSort.Date || text is null;
            var query = byDate ? queries.Build(request, text) : RecencyDecay.Apply(queries.Build(request, text), request.Recency, searcher.IndexReader);
            ITopDocsCollector top = byDate
                ? TopFieldCollector.Create(
                    new Sort(new SortField(ArticleFields.Date, SortFieldType.INT32, true), SortField.FIELD_SCORE),
                    wanted, true, true, false, false)
                : TopScoreDocCollector.Create(wanted, true);
            var facets = new FacetCollector();
            try
            {
                searcher.Search(query, MultiCollector.Wrap((ICollector)top, facets));
            }
            catch (BooleanQuery.TooManyClausesException ex)
            {
                throw new SearchQueryException("The query expands to too many terms; use a longer prefix or fewer wildcards.", ex);
            }

            var docs = top.GetTopDocs((request.Page - 1) * request.Size, request.Size);
            var hits = docs.ScoreDocs.Select(sd => ToHit(searcher.Doc(sd.Doc), sd.Score, text)).ToList();
            return new SearchResult(request.Query, top.TotalHits, Math.Round(stopwatch.Elapsed.TotalMilliseconds, 2), request.Page, request.Size, hits, facets.Result(request.FacetSize));
        });
    }

    /// <summary>The whole article with this id, or null.</summary>
    public Article? GetArticle(string id) => WithSearcher(searcher =>
    {
        var top = searcher.Search(new TermQuery(new Term(ArticleFields.Id, id)), 1);
        return top.TotalHits == 0 ? null : ArticleDocumentMapper.FromDocument(searcher.Doc(top.ScoreDocs[0].Doc));
    });

    public void Dispose()
    {
        manager.Dispose();
        analyzer.Dispose();
        directory.Dispose();
    }

    private SearchHit ToHit(Lucene.Net.Documents.Document doc, float score, Query? text)
    {
        var article = ArticleDocumentMapper.FromDocument(doc);
        return new SearchHit(
            article.Id,
            article.Title,
            article.Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            article.Speakers,
            article.Locations,
            float.IsNaN(score) ? 0 : score,
            article.Url,
            new HitHighlight(highlighter.Title(text, article.Title), highlighter.Body(text, article.Body)));
    }

    private long Version() => WithSearcher(s => ((DirectoryReader)s.IndexReader).Version);

    /// <summary>Runs a read against the current searcher, which stays open (even across a refresh) until it returns.</summary>
    public T WithSearcher<T>(Func<IndexSearcher, T> action)
    {
        var searcher = manager.Acquire();
        try
        {
            return action(searcher);
        }
        finally
        {
            manager.Release(searcher);
        }
    }
}
