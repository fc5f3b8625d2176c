using Search.Core.Articles;
using Search.Core.Extraction;
using Search.Core.Reading;
using Search.Tests.Fixtures;

namespace Search.Tests.Extraction;

public class ArticleEnricherTests
{
    private readonly ArticleEnricher enricher = ArticleEnricher.CreateDefault();

    private Article Enrich(string path, string text) =>
        enricher.Enrich(new PlainTextReader().Read(new SourceFile(path, text)).Single());

    [Fact]
    public void Direct_and_reported_quotes_go_to_the_full_name()
    {
        var article = Enrich("text/2020-03-03_rates.txt", SampleArticles.RatesText);

        Assert.Equal(["Jane Doe"], article.Speakers);
        Assert.Contains(article.Quotes, q => q.Speaker == "Jane Doe" && q.Text.StartsWith("We are not yet ready", StringComparison.Ordinal));
        Assert.Contains(article.Quotes, q => q.Speaker == "Jane Doe" && q.Text.Contains("wage growth", StringComparison.Ordinal));
        Assert.Contains("Jane Doe", article.People);
    }

    [Fact]
    public void Places_are_canonical_and_include_the_dateline()
    {
        var article = Enrich("text/2020-03-03_rates.txt", SampleArticles.RatesText);

        Assert.Contains("Geneva", article.Locations);
        Assert.Contains("Zurich", article.Locations);
        Assert.Contains("Germany", article.Locations);
        Assert.DoesNotContain(article.Locations, l => l.Contains("Swiss", StringComparison.Ordinal));
    }

    [Fact]
    public void Publication_date_from_dateline_and_file_name_and_mentioned_dates_resolved()
    {
        var article = Enrich("text/2020-03-03_rates.txt", SampleArticles.RatesText);

        Assert.Equal(new DateOnly(2020, 3, 3), article.Date);

        // 2020-03-03 was a Tuesday; "since November" is the November before; "in June" is still ahead.
        Assert.Contains("2020-03-03", article.Dates);
        Assert.Contains("2019-11", article.Dates);
    }

    [Fact]
    public void Told_reporters_and_pronoun_attribution()
    {
        var article = Enrich("text/2021-05-12_football.txt", SampleArticles.FootballText);

        Assert.Equal(["Amara Okafor"], article.Speakers);
        Assert.Equal(2, article.Quotes.Count);
        Assert.Contains("Lagos", article.Locations);
        Assert.Contains("Nigeria", article.Locations);
        Assert.Contains("Cairo", article.Locations);
    }

    [Fact]
    public void According_to_names_the_source_and_unnamed_sources_are_not_speakers()
    {
        const string text = "Oil talks\n\nVIENNA, Jan 9 - Ministers will meet next week, according to Kenji Watanabe, an analyst. A spokesman said nothing was decided. Officials said the talks could last days.";
        var article = Enrich("oil.txt", text);

        Assert.Equal(["Kenji Watanabe"], article.Speakers);
        Assert.Contains("Vienna", article.Locations);
    }

    [Fact]
    public void Publication_date_is_null_without_any_source()
    {
        var article = Enrich("undated.txt", "Talks resume\n\nDiplomats met again in Seoul to discuss the talks.");

        Assert.Null(article.Date);
        Assert.Contains("Seoul", article.Locations);
    }
}
