using System.Diagnostics;
using System.Globalization;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Queries.Mlt;
using Lucene.Net.Search;
using Search.Core.Schema;

namespace Search.Core.Searching.Related;

/// <summary>
/// "More like this": Lucene's MoreLikeThis picks the article's most distinctive title and body terms; articles that
/// also quote the same speakers or name the same places score higher. The article itself is left out.
/// </summary>
public sealed class RelatedArticles(SearchService search) : IDisposable
{
    private const float SharedSpeakerBoost = 2f;
    private const float SharedPlaceBoost = 0.5f;

    private readonly Analyzer analyzer = NewsAnalyzers.Create();

    /// <summary>Up to <paramref name="size"/> articles like the one with this id; null when there is no such article.</summary>
    public RelatedResult? For(string id, int size)
    {
        var stopwatch = Stopwatch.StartNew();
        return search.WithSearcher(searcher =>
        {
            var self = searcher.Search(new TermQuery(new Term(ArticleFields.Id, id)), 1);
            if (self.TotalHits == 0)
            {
                return null;
            }

            var docNum = self.ScoreDocs[0].Doc;
            var article = ArticleDocumentMapper.FromDocument(searcher.Doc(docNum));
            var like = new MoreLikeThis(searcher.IndexReader)
            {
                Analyzer = analyzer,
                FieldNames = [ArticleFields.Title, ArticleFields.Body],
                MinTermFreq = 1,
                MinDocFreq = 2,
                MaxQueryTerms = 25,
                MinWordLen = 3,
                ApplyBoost = true,
            }.Like(docNum);

            var query = new BooleanQuery
            {
                { like, Occur.MUST },
                { new TermQuery(new Term(ArticleFields.Id, id)), Occur.MUST_NOT },
            };
            AddShared(query, ArticleFields.Speakers.Keyword, article.Speakers, SharedSpeakerBoost);
            AddShared(query, ArticleFields.Locations.Keyword, article.Locations, SharedPlaceBoost);

            var top = searcher.Search(new FilteredQuery(query, new QueryWrapperFilter(DocumentKinds.Articles())), size);
            var hits = top.ScoreDocs.Select(sd =>
            {
                var related = ArticleDocumentMapper.FromDocument(searcher.Doc(sd.Doc));
                return new RelatedHit(related.Id, related.Title, related.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), related.Speakers, related.Locations, sd.Score, related.Url);
            }).ToList();
            return new RelatedResult(id, Math.Round(stopwatch.Elapsed.TotalMilliseconds, 2), hits);
        });
    }

    public void Dispose() => analyzer.Dispose();

    private static void AddShared(BooleanQuery query, string field, IReadOnlyList<string> names, float boost)
    {
        foreach (var name in names.Select(NameNormalizer.Normalize).Where(k => k.Length > 0).Distinct())
        {
            query.Add(new TermQuery(new Term(field, name)) { Boost = boost }, Occur.SHOULD);
        }
    }
}
