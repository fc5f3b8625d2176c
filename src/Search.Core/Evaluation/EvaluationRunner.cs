using System.Diagnostics;
using System.Globalization;
using Search.Core.Articles;
using Search.Core.Extraction;

namespace Search.Core.Evaluation;

/// <summary>Runs the extraction pipeline over an annotated corpus, timed, and scores the planned fields against the gold.</summary>
public sealed class EvaluationRunner(ArticleEnricher enricher)
{
    private readonly PersonNameMatcher people = new();
    private readonly PersonNameMatcher speakers = new(goldIsDescriptive: true);
    private readonly LocationNameMatcher locations = new();
    private readonly ExactValueMatcher dates = new();

    public CorpusResult Run(CorpusPlan plan, string sharedRoot, string split)
    {
        var load = Stopwatch.StartNew();
        var (source, articles) = EvaluationCorpora.Load(plan.Corpus, sharedRoot, split);
        return Score(plan, source, articles, load.Elapsed);
    }

    public CorpusResult Score(CorpusPlan plan, string source, IReadOnlyList<AnnotatedArticle> articles, TimeSpan loadTime)
    {
        if (articles.Count > 0)
        {
            // The first article pays for loading the lexicon and JIT compilation; that is not extraction speed.
            enricher.Enrich(articles[0].Article);
        }

        var watch = Stopwatch.StartNew();
        var enriched = articles.Select(a => enricher.Enrich(a.Article)).ToList();
        watch.Stop();

        var fields = plan.Fields.Where(f => f != EvaluatedField.PublicationDate).ToDictionary(f => f, _ => new FieldScore());
        var publication = plan.Fields.Contains(EvaluatedField.PublicationDate) ? new PublicationDateScore() : null;
        for (var i = 0; i < articles.Count; i++)
        {
            var gold = articles[i];
            var article = enriched[i];
            foreach (var (field, score) in fields)
            {
                if (Sets(field, gold, article) is var (predicted, expected, matcher) && expected is not null)
                {
                    score.Add(article.Id, SetMatcher.Match(predicted, expected, matcher), predicted, expected);
                }
            }

            if (publication is not null && gold.PublicationDate is { } published)
            {
                publication.Add(article.Id, article.Date, published);
            }
        }

        return new CorpusResult(plan.Corpus, source, articles.Count, loadTime, watch.Elapsed, fields, publication);
    }

    private (IReadOnlyList<string> Predicted, IReadOnlyList<string>? Gold, INameMatcher Matcher) Sets(EvaluatedField field, AnnotatedArticle gold, Article article) => field switch
    {
        EvaluatedField.People => (article.People, gold.People, people),
        EvaluatedField.Locations => (article.Locations, gold.Locations, locations),
        EvaluatedField.Speakers => (article.Speakers, gold.Speakers, speakers),
        EvaluatedField.Dates => (WithoutCreationDate(article.Dates, gold.PublicationDate), gold.Dates, dates),
        _ => throw new ArgumentOutOfRangeException(nameof(field)),
    };

    /// <summary>The creation date is given to extraction as the publication date, so finding it again proves nothing.</summary>
    private static List<string> WithoutCreationDate(IReadOnlyList<string> dates, DateOnly? created)
    {
        var day = created?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return [.. dates.Where(d => d != day)];
    }
}
