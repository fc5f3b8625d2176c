using Search.Core.Articles;

namespace Search.Core.Extraction;

/// <summary>
/// The extraction pipeline: dateline, publication date, people, places, quotes and mentioned dates,
/// each from its own stage, added to the article a reader produced.
/// </summary>
public sealed class ArticleEnricher(Lexicon lexicon)
{
    private readonly PersonRecognizer people = new(lexicon);
    private readonly PlaceRecognizer places = new(lexicon);
    private readonly QuoteAttributor quotes = new(lexicon);
    private readonly DateMentionResolver dates = new();

    /// <summary>An enricher over the lexicon shipped with the project.</summary>
    public static ArticleEnricher CreateDefault() => new(Lexicon.Default);

    public Article Enrich(Article article)
    {
        // Stages read quotes in one style; offsets are kept, so statements still point into the article as read.
        var body = DoubledApostropheQuotes.Normalize(article.Body);
        var dateline = DatelineReader.Read(body);
        var published = PublicationDateResolver.Resolve(article.Date, dateline, article.Source.Path, body);

        var text = DoubledApostropheQuotes.Normalize(article.Title) + "\n\n" + body;
        var runs = CapitalizedRun.FindAll(text).ToList();
        var personMentions = people.Recognize(text, runs);

        // Quotes are read in the body alone; its runs and people are the whole text's, shifted past the title.
        var shift = article.Title.Length + 2;
        var bodyRuns = runs.Where(r => r.Start >= shift).Select(r => r with { Start = r.Start - shift, End = r.End - shift }).ToList();
        var bodyPeople = personMentions.Where(p => p.Start >= shift).Select(p => p with { Start = p.Start - shift, End = p.End - shift }).ToList();
        var attributed = quotes.Attribute(body, bodyPeople, bodyRuns);
        var placeMentions = places.Recognize(text, personMentions, runs);

        var speakers = Distinct(attributed.Select(q => q.Speaker));
        var personNames = Distinct(personMentions.Select(p => p.Name).Concat(article.DeclaredPeople.Select(TitleCase)));
        var fullNames = personNames.Where(n => n.Contains(' ')).ToList();
        var allPeople = Distinct(personNames.Where(n => PersonRecognizer.Fullest(n, fullNames) == n)
            .Concat(speakers.Where(s => personNames.Contains(s))));

        var locations = new List<string>();
        foreach (var name in (dateline?.Places ?? []).Concat(article.DeclaredLocations))
        {
            locations.Add(lexicon.Places.FindIgnoringCase(name)?.Canonical ?? TitleCase(name));
        }

        locations.AddRange(placeMentions.Select(p => p.Canonical));

        return article with
        {
            Date = published,
            Speakers = speakers,
            People = allPeople,
            Locations = Distinct(locations),
            Dates = dates.Resolve(body, published),
            Quotes = attributed,
        };
    }

    private static List<string> Distinct(IEnumerable<string> values) =>
        [.. values.Where(v => !string.IsNullOrWhiteSpace(v)).Distinct(StringComparer.OrdinalIgnoreCase)];

    /// <summary>"SALVADOR" or "saudi arabia" from a dateline or metadata code, written as a name.</summary>
    private static string TitleCase(string name) =>
        string.Join(' ', name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w.Length <= 1 ? w.ToUpperInvariant() : char.ToUpperInvariant(w[0]) + w[1..].ToLowerInvariant()));
}
