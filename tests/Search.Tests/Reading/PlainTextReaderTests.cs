using Search.Core.Reading;
using Search.Tests.Fixtures;

namespace Search.Tests.Reading;

public class PlainTextReaderTests
{
    private readonly PlainTextReader reader = new();

    [Fact]
    public void Title_line_then_body()
    {
        var article = reader.Read(new SourceFile("text/2020-03-03_rates.txt", SampleArticles.RatesText)).Single();

        Assert.Equal("Central bank holds rates as inflation cools", article.Title);
        Assert.StartsWith("GENEVA, March 3 (Reuters)", article.Body);
        Assert.Equal("text-2020-03-03_rates.txt", article.Id);
        Assert.Equal("text/2020-03-03_rates.txt", article.Source.ToString());
        Assert.Null(article.Date);
    }

    [Fact]
    public void Header_lines_give_metadata()
    {
        const string text = "Title: Budget passes\nDate: 2023-09-07\nUrl: https://example.com/b\nAuthor: Ann Lee\n\nLONDON - The budget passed.";
        var article = reader.Read(new SourceFile("b.txt", text)).Single();

        Assert.Equal("Budget passes", article.Title);
        Assert.Equal(new DateOnly(2023, 9, 7), article.Date);
        Assert.Equal("https://example.com/b", article.Url);
        Assert.Equal("Ann Lee", article.Author);
        Assert.Equal("LONDON - The budget passed.", article.Body);
    }

    [Fact]
    public void Empty_file_is_an_error_naming_the_file()
    {
        var ex = Assert.Throws<ArticleReadException>(() => reader.Read(new SourceFile("empty.txt", "\n\n")).ToList());
        Assert.Contains("empty.txt", ex.Message);
    }
}
