using BenchmarkDotNet.Attributes;
using Search.Core.Articles;
using Search.Core.Extraction;

namespace Search.Benchmarks;

/// <summary>
/// The extraction pipeline over a few hundred Reuters articles, whole and stage by stage, to show which stage
/// dominates; time per article.
/// </summary>
public class ExtractionBenchmarks
{
    private readonly ArticleEnricher enricher = ArticleEnricher.CreateDefault();
    private readonly PersonRecognizer people = new(Lexicon.Default);
    private readonly PlaceRecognizer places = new(Lexicon.Default);
    private readonly QuoteAttributor quotes = new(Lexicon.Default);
    private readonly DateMentionResolver dates = new();
    private Article[] articles = null!;
    private IReadOnlyList<PersonMention>[] mentions = null!;
    private IReadOnlyList<PersonMention>[] bodyMentions = null!;

    [GlobalSetup]
    public void Setup()
    {
        articles = ReutersSample.Read();
        mentions = [.. articles.Select(a => people.Recognize(a.Title + "\n\n" + a.Body))];
        // Quotes are attributed in the body alone, so its people are shifted to body offsets, as the enricher does.
        bodyMentions = [.. articles.Select((a, i) => (IReadOnlyList<PersonMention>)[.. mentions[i]
            .Where(p => p.Start > a.Title.Length)
            .Select(p => p with { Start = p.Start - a.Title.Length - 2, End = p.End - a.Title.Length - 2 })])];
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = ReutersSample.Size)]
    public int EnrichArticle() => articles.Sum(a => enricher.Enrich(a).Locations.Count);

    [Benchmark(OperationsPerInvoke = ReutersSample.Size)]
    public int Dateline() => articles.Count(a => DatelineReader.Read(a.Body) is not null);

    [Benchmark(OperationsPerInvoke = ReutersSample.Size)]
    public int PublicationDate() => articles.Count(a => PublicationDateResolver.Resolve(a.Date, DatelineReader.Read(a.Body), a.Source.Path, a.Body) is not null);

    [Benchmark(OperationsPerInvoke = ReutersSample.Size)]
    public int People() => articles.Sum(a => people.Recognize(a.Title + "\n\n" + a.Body).Count);

    [Benchmark(OperationsPerInvoke = ReutersSample.Size)]
    public int Places() => articles.Select((a, i) => places.Recognize(a.Title + "\n\n" + a.Body, mentions[i]).Count).Sum();

    [Benchmark(OperationsPerInvoke = ReutersSample.Size)]
    public int Quotes() => articles.Select((a, i) => quotes.Attribute(a.Body, bodyMentions[i]).Count).Sum();

    [Benchmark(OperationsPerInvoke = ReutersSample.Size)]
    public int MentionedDates() => articles.Sum(a => dates.Resolve(a.Body, a.Date).Count);
}
