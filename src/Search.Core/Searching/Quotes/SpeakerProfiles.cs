using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Search.Core.Schema;
using Search.Core.Searching.Counting;

namespace Search.Core.Searching.Quotes;

/// <summary>Builds a <see cref="SpeakerProfile"/> from the speaker's quote documents and the articles that quote them.</summary>
public sealed class SpeakerProfiles(SearchService search) : IDisposable
{
    private const int LatestQuotes = 10;
    private const int TopNames = 10;

    private static readonly Sort NewestFirst = new(
        new SortField(QuoteFields.Date, SortFieldType.INT32, true),
        new SortField(QuoteFields.Position, SortFieldType.INT64));

    private readonly Analyzer analyzer = NewsAnalyzers.Create();

    /// <summary>The profile of the speaker with this name (case and accents aside), or null when no quote or article names them.</summary>
    public SpeakerProfile? Find(string name)
    {
        var key = NameNormalizer.Normalize(name);
        if (key.Length == 0)
        {
            return null;
        }

        return search.WithSearcher(searcher =>
        {
            var quotes = new FilteredQuery(new TermQuery(new Term(QuoteFields.SpeakerKey, key)), new QueryWrapperFilter(DocumentKinds.Quotes()));
            var latest = TopFieldCollector.Create(NewestFirst, LatestQuotes, true, false, false, false);
            var months = new MonthCounter(QuoteFields.Date);
            var displayNames = new NameCounter(QuoteFields.SpeakerFacet);
            searcher.Search(quotes, MultiCollector.Wrap(latest, months, displayNames));

            var articles = new FilteredQuery(new TermQuery(new Term(ArticleFields.Speakers.Keyword, key)), new QueryWrapperFilter(DocumentKinds.Articles()));
            var articleCount = new TotalHitCountCollector();
            var places = new NameCounter(ArticleFields.Locations.Facet);
            var people = new NameCounter(ArticleFields.People.Facet);
            var speakerNames = new NameCounter(ArticleFields.Speakers.Facet);
            searcher.Search(articles, MultiCollector.Wrap(articleCount, places, people, speakerNames));

            if (latest.TotalHits == 0 && articleCount.TotalHits == 0)
            {
                return null;
            }

            // The form the archive most often uses, e.g. "Paul Volcker" for a request for "paul volcker".
            var display = displayNames.Top(1).Concat(speakerNames.Top(1, n => NameNormalizer.Normalize(n) != key)).FirstOrDefault()?.Value ?? name.Trim();
            var highlighter = new QuoteHighlighter(analyzer);
            return new SpeakerProfile(
                display,
                latest.TotalHits,
                articleCount.TotalHits,
                months.Result(),
                places.Top(TopNames),
                people.Top(TopNames, n => NameNormalizer.Normalize(n) == key),
                [.. latest.GetTopDocs().ScoreDocs.Select(sd => QuoteSearch.ToHit(searcher.Doc(sd.Doc), null, highlighter))]);
        });
    }

    public void Dispose() => analyzer.Dispose();
}
