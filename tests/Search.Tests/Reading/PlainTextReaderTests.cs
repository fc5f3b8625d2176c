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

    [Fact]
    public void Yaml_front_matter_with_quotes_lists_and_a_url_id()
    {
        const string text = "---\ntitle: 'Port reopens'\ndate: 2022-06-01\nurl: https://news.example.com/port?id=9#top\nlocations:\n  - Rotterdam\n  - Netherlands\n---\n\nROTTERDAM - The port reopened.";
        var article = reader.Read(new SourceFile("p.txt", text)).Single();

        Assert.Equal("Port reopens", article.Title);
        Assert.Equal(new DateOnly(2022, 6, 1), article.Date);
        Assert.Equal("news.example.com-port-id-9", article.Id);
        Assert.Equal(["Rotterdam", "Netherlands"], article.DeclaredLocations);
        Assert.Equal("ROTTERDAM - The port reopened.", article.Body);
    }

    [Fact]
    public void Header_lines_without_a_closing_blank_line_are_the_title()
    {
        var article = reader.Read(new SourceFile("d.txt", "Date: set for vote\nThe vote is on Friday.")).Single();

        Assert.Equal("Date: set for vote", article.Title);
        Assert.Null(article.Date);
    }

    [Fact]
    public void Takes_txt_by_extension_and_extensionless_text_as_a_guess()
    {
        Assert.Equal(ReaderFit.Extension, reader.Fit("a.TXT", "x"));
        Assert.Equal(ReaderFit.Guess, reader.Fit("wire/0001", "x"));
        Assert.Equal(ReaderFit.None, reader.Fit("a.xml", "x"));
    }

    [Theory]
    [InlineData("codes.txt", "amex\nase\nasx\nbiffex\nbse\ncboe\ncbt\ncme\ncomex\ncsce\nfox\nimm\nipe\nkcbt\nlme\nliffe\nmase\nmgex\nmidam\nmose\nnasdaq\nnyce\nnymex\nnyse")]
    [InlineData("eng.testa", "EU NNP B-NP B-ORG\nrejects VBZ B-VP O\nGerman JJ B-NP B-MISC\ncall NN I-NP O\nto TO B-VP O\nboycott VB I-VP O\nBritish JJ B-NP B-MISC\nlamb NN I-NP O\n. . O O\n\nPeter NNP B-NP B-PER\nBlackburn NNP I-NP I-PER\n")]
    [InlineData("facts.txt", "Country facts\n\npred_type(\"LandBoundaries\",\"countries\",\"countries\").\npred_type(\"NaturalResources\",\"countries\",\"topics\").\nfact(\"Albania\",\"Capital\",\"Tirane\").\nfact(\"Albania\",\"Area\",\"28748\").\nfact(\"Algeria\",\"Capital\",\"Algiers\").\nfact(\"Algeria\",\"Area\",\"2381740\").\nfact(\"Angola\",\"Capital\",\"Luanda\").\nfact(\"Angola\",\"Area\",\"1246700\").")]
    public void Text_that_is_not_prose_is_refused_with_a_reason(string path, string text)
    {
        var ex = Assert.Throws<ArticleReadException>(() => reader.Read(new SourceFile(path, text)).ToList());
        Assert.Contains("does not read as an article", ex.Reason);
    }
}
