using System.Diagnostics;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Search.Core.Articles;
using Search.Core.Schema;
using Search.Core.Searching.Highlighting;
using Search.Core.Searching.Ranking;
using Search.Core.Searching.Storage;
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

    /// <summary>The stored fields a hit shows; quotes, people and mentioned dates stay on disk until the article is asked for.</summary>
    private static readonly ISet<string> HitFields = new HashSet<string>
    {
        ArticleFields.Id, ArticleFields.Title, ArticleFields.Body, ArticleFields.DateIso, ArticleFields.Url,
        ArticleFields.Speakers.Stored, ArticleFields.Locations.Stored,
    };

    private readonly Lucene.Net.Store.Directory directory;
    private readonly SearcherManager manager;
    private readonly Analyzer analyzer = NewsAnalyzers.Create();
    private readonly ArticleQueryBuilder queries;
    private readonly HighlightFormatter highlighter;
    private readonly SearchLimits limits;

    static SearchService()
    {
        NewsCodec.Register();
        EmptyTermsEnumAttributes.Prime();
    }

    public SearchService(string indexPath, SearchLimits? limits = null)
    {
        directory = new SearchDirectory(indexPath);
        if (!DirectoryReader.IndexExists(directory))
        {
            directory.Dispose();
            throw new IndexNotFoundException($"No index at '{indexPath}'. Build one with: indexer build <corpus-dir> --index {indexPath}");
        }

        manager = new SearcherManager(directory, new WarmingSearcherFactory());
        this.limits = limits ?? new SearchLimits();
        queries = new ArticleQueryBuilder(analyzer, this.limits);
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
        if ((long)request.Page * request.Size > limits.MaxResultWindow)
        {
            throw new SearchQueryException($"page × size may not exceed {limits.MaxResultWindow}; narrow the search instead of paging this deep.");
        }

        var parsed = queries.ParseText(request.Query);
        var wanted = request.Page * request.Size;

        return WithSearcher(searcher =>
        {
            var text = TypoTolerance.Apply(parsed, searcher.IndexReader);
            var byDate = request.Sort == SearchSort.Date || text is null;
            var query = byDate ? queries.Build(request, text) : RecencyDecay.Apply(queries.Build(request, text), request.Recency, searcher.IndexReader);
            var sort = byDate ? new Sort(new SortField(ArticleFields.Date, SortFieldType.INT32, true), SortField.FIELD_SCORE) : null;
            SlicedHits found;
            try
            {
                found = SlicedSearch.Run(searcher, query, sort, wanted, limits);
            }
            catch (BooleanQuery.TooManyClausesException ex)
            {
                throw new SearchQueryException("The query expands to too many terms; use a longer prefix or fewer wildcards.", ex);
            }

            var docs = found.Page((request.Page - 1) * request.Size, request.Size);
            var titleTerms = text is null ? null : HighlightTerms.From(text, ArticleFields.Title);
            var bodyTerms = text is null ? null : HighlightTerms.From(text, ArticleFields.Body);
            var matches = PageMatches.Read(searcher.IndexReader, docs.ScoreDocs, titleTerms, bodyTerms);
            var hits = docs.ScoreDocs.Select((sd, i) => ToHit(searcher, sd, text, matches.Title(i), matches.Body(i))).ToList();
            return new SearchResult(request.Query, found.TotalHits, Math.Round(stopwatch.Elapsed.TotalMilliseconds, 2), request.Page, request.Size, hits, found.Facets.Result(request.FacetSize))
            {
                TimedOut = found.TimedOut,
            };
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

    private SearchHit ToHit(IndexSearcher searcher, ScoreDoc hit, Query? text, List<MatchSpan>? titleMatches, List<MatchSpan>? bodyMatches)
    {
        var doc = searcher.Doc(hit.Doc, HitFields);
        var title = doc.Get(ArticleFields.Title) ?? string.Empty;
        var body = doc.Get(ArticleFields.Body) ?? string.Empty;
        return new SearchHit(
            doc.Get(ArticleFields.Id),
            title,
            doc.Get(ArticleFields.DateIso),
            doc.GetValues(ArticleFields.Speakers.Stored),
            doc.GetValues(ArticleFields.Locations.Stored),
            float.IsNaN(hit.Score) ? 0 : hit.Score,
            doc.Get(ArticleFields.Url),
            new HitHighlight(
                highlighter.Title(text, titleMatches, title),
                highlighter.Body(text, bodyMatches, body)));
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
