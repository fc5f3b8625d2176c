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
/// also quote the same speakers or name the same places score higher. The article itself, and further copies of one headline, are left out.
/// </summary>
public sealed class RelatedArticles(SearchService search) : IDisposable
{
    private const float SharedSpeakerBonus = 0.25f;
    private const float SharedPlaceBonus = 0.05f;

    /// <summary>How many of the most similar texts are re-ranked by shared names.</summary>
    private const int Candidates = 50;

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

            // Shared names multiply the text similarity rather than add to it, so a shared place never outranks shared subject matter.
            var speakers = Keys(article.Speakers);
            var places = Keys(article.Locations);
            // Wire services repeat a story under the same headline; one copy of each is enough, and none of the article's own.
            var seenTitles = new HashSet<string>([article.Title.Trim()], StringComparer.OrdinalIgnoreCase);
            var top = searcher.Search(new FilteredQuery(query, new QueryWrapperFilter(DocumentKinds.Articles())), Math.Max(size * 4, Candidates));
            var hits = top.ScoreDocs
                .Select(sd => ArticleDocumentMapper.FromDocument(searcher.Doc(sd.Doc)) is var related
                    ? (Article: related, Score: sd.Score * Boost(Keys(related.Speakers).Count(speakers.Contains), Keys(related.Locations).Count(places.Contains)))
                    : default)
                .OrderByDescending(c => c.Score)
                .Where(c => seenTitles.Add(c.Article.Title.Trim()))
                .Take(size)
                .Select(c => new RelatedHit(c.Article.Id, c.Article.Title, c.Article.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), c.Article.Speakers, c.Article.Locations, c.Score, c.Article.Url))
                .ToList();
            return new RelatedResult(id, Math.Round(stopwatch.Elapsed.TotalMilliseconds, 2), hits);
        });
    }

    public void Dispose() => analyzer.Dispose();

    /// <summary>1 plus a bonus per shared speaker and place, each capped so a long list of names cannot dominate.</summary>
    private static float Boost(int sharedSpeakers, int sharedPlaces) =>
        1f + (SharedSpeakerBonus * Math.Min(sharedSpeakers, 3)) + (SharedPlaceBonus * Math.Min(sharedPlaces, 5));

    private static HashSet<string> Keys(IEnumerable<string> names) =>
        [.. names.Select(NameNormalizer.Normalize).Where(k => k.Length > 0)];
}
