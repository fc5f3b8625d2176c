using Search.Core.Evaluation;

namespace Search.Tests.Evaluation;

public class PolnearLoaderTests
{
    private const string Text = """
        Rowe Says Bridge Will Reopen

        Officials said the bridge was safe. Mayor Ann Rowe of the Harbor Party said it would reopen in May, according to The Harbor Gazette.

        Rowe added that "the work is done." He disagreed. The council said nothing. A spokesman declined to comment.
        """;

    private static string Span(string type, string text, int n)
    {
        var start = Text.IndexOf(text, StringComparison.Ordinal);
        return $"T{n}\t{type} {start} {start + text.Length}\t{text}\n";
    }

    private static AnnotatedArticle Load() => PolnearLoader.ToArticle(
        "usa-today_2016-10-03_rowe-says-bridge.txt",
        Text,
        Span("Source", "Officials", 1) + Span("Source", "Mayor Ann Rowe", 2) + Span("Source", "The Harbor Gazette", 3)
            + Span("Source", "Rowe", 4) + Span("Source", "He", 5) + Span("Source", "The council", 6) + Span("Source", "A spokesman", 7)
            + Span("Cue", "said", 8),
        new DateOnly(2016, 10, 2));

    [Fact]
    public void Gold_speakers_are_the_named_sources()
    {
        Assert.Equal(["Mayor Ann Rowe", "The Harbor Gazette", "Rowe"], Load().Speakers);
    }

    [Fact]
    public void The_article_is_read_as_plain_text_under_its_file_name()
    {
        var gold = Load();

        Assert.Equal("Rowe Says Bridge Will Reopen", gold.Article.Title);
        Assert.StartsWith("Officials said", gold.Article.Body);
        Assert.Equal("usa-today_2016-10-03_rowe-says-bridge.txt", gold.Article.Source.Path);
        Assert.Equal(new DateOnly(2016, 10, 2), gold.PublicationDate);
    }

    [Fact]
    public void Metadata_gives_publication_dates_by_file_name()
    {
        const string tsv = "compartment\tfilename\tpublisher\tpublication_date\ttitle\ndev\tnyt_2016-10-03_x\tnyt\t2016-10-03\tX\ndev\tbroken\tnyt\tNone\tY\n";

        var dates = PolnearMetadata.PublicationDates(new StringReader(tsv));

        Assert.Equal(new DateOnly(2016, 10, 3), dates["nyt_2016-10-03_x"]);
        Assert.False(dates.ContainsKey("broken"));
    }

    [Theory]
    [InlineData("officials", false)]
    [InlineData("Officials", false)]
    [InlineData("He", false)]
    [InlineData("the council", false)]
    [InlineData("Rowe", true)]
    [InlineData("her spokesman, Ann Rowe", true)]
    [InlineData("NATO", true)]
    [InlineData("The Harbor Gazette", true)]
    [InlineData("Sen. Ann Rowe (H-Port)", true)]
    [InlineData("Ann Rowe and Tom Vale", true)]
    [InlineData("The Harbor Party nominee", false)]
    [InlineData("Rowe's aides", false)]
    [InlineData("A Harbor Gazette poll", false)]
    public void Named_source_rule(string source, bool named)
    {
        Assert.Equal(named, new NamedSourceRule(Text).IsNamed(source));
    }
}
