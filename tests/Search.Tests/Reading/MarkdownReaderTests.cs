using Search.Core.Reading;

namespace Search.Tests.Reading;

public class MarkdownReaderTests
{
    private readonly MarkdownReader reader = new();

    [Fact]
    public void Front_matter_gives_metadata_and_the_body_loses_its_markup()
    {
        const string text = """
            ---
            title: "Rates held: the bank waits"
            date: 2024-03-05T10:00:00Z
            author:
              - Ann Lee
              - Bo Chen
            url: https://www.example.com/2024/03/rates-held/?utm_source=feed
            location: [Geneva, Switzerland]
            ---
            # Rates held: the bank waits

            GENEVA - The **central bank** kept its rate at *1.5%*, [its statement](https://example.com/s) said.
            The decision was
            expected.

            ![chart](chart.png)

            > "We are patient," said Jane Doe.

            ```
            rate = 1.5 * base
            ```
            """;

        var article = reader.Read(new SourceFile("posts/rates.md", text)).Single();

        Assert.Equal("Rates held: the bank waits", article.Title);
        Assert.Equal(new DateOnly(2024, 3, 5), article.Date);
        Assert.Equal("Ann Lee, Bo Chen", article.Author);
        Assert.Equal("example.com-2024-03-rates-held", article.Id);
        Assert.Equal(["Geneva", "Switzerland"], article.DeclaredLocations);
        Assert.Equal(
            "GENEVA - The central bank kept its rate at 1.5%, its statement said. The decision was expected.\n\n\"We are patient,\" said Jane Doe.\n\nrate = 1.5 * base",
            article.Body);
    }

    [Fact]
    public void Without_front_matter_the_first_heading_is_the_title()
    {
        const string text = "Intro line.\n\n## Background\n\n# Port strike ends\n\nDockers in _Rotterdam_ returned to work.\n";

        var article = reader.Read(new SourceFile("strike.markdown", text)).Single();

        Assert.Equal("Port strike ends", article.Title);
        Assert.Equal("Intro line.\n\nBackground\n\nDockers in Rotterdam returned to work.", article.Body);
        Assert.Equal("strike.markdown", article.Id);
    }

    [Fact]
    public void A_heading_that_differs_from_the_front_matter_title_stays_in_the_body()
    {
        const string text = "---\ntitle: Budget passes\nid: nw-77\n---\n# Day one\nLONDON - Parliament passed the budget.";

        var article = reader.Read(new SourceFile("b.md", text)).Single();

        Assert.Equal("Budget passes", article.Title);
        Assert.Equal("nw-77", article.Id);
        Assert.StartsWith("Day one\nLONDON", article.Body);
    }

    [Fact]
    public void Neither_front_matter_nor_heading_takes_the_first_line_as_title()
    {
        var article = reader.Read(new SourceFile("note.md", "Ferry service resumes\n\nThe *ferry* runs again.")).Single();

        Assert.Equal("Ferry service resumes", article.Title);
        Assert.Equal("The ferry runs again.", article.Body);
    }

    [Fact]
    public void Unclosed_front_matter_is_text_and_a_numbered_wrap_is_not_a_list()
    {
        const string text = "---\nNot front matter after all\n\nTurnout rose in\n2024. Officials were pleased.";

        var article = reader.Read(new SourceFile("odd.md", text)).Single();

        Assert.Equal("Not front matter after all", article.Title);
        Assert.Equal("Turnout rose in 2024. Officials were pleased.", article.Body);
    }

    [Fact]
    public void A_file_of_only_front_matter_is_an_error()
    {
        var ex = Assert.Throws<ArticleReadException>(() => reader.Read(new SourceFile("empty.md", "---\ndate: 2024-01-01\n---\n\n")).ToList());

        Assert.Contains("no text", ex.Reason);
        Assert.Equal("empty.md", ex.Path);
    }

    [Fact]
    public void Extensionless_file_is_claimed_only_when_it_opens_with_a_heading()
    {
        Assert.Equal(ReaderFit.Extension, reader.Fit("a.md", "text"));
        Assert.Equal(ReaderFit.Guess, reader.Fit("story", "---\ntitle: x\n---\n\n# Heading\nText"));
        Assert.Equal(ReaderFit.None, reader.Fit("story", "Plain title\n\nText"));
        Assert.Equal(ReaderFit.None, reader.Fit("story.txt", "# Heading"));
    }
}
