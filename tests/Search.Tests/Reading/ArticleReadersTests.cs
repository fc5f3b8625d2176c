using Search.Core.Reading;
using Search.Tests.Fixtures;

namespace Search.Tests.Reading;

public class ArticleReadersTests
{
    private const string Nitf = "<?xml version=\"1.0\"?>\n<nitf><body><body.content><p>x</p></body.content></body></nitf>";

    private readonly ArticleReaders readers = new();

    [Theory]
    [InlineData("a.txt", "Title\n\nBody", "text")]
    [InlineData("a.md", "# Title\n\nBody", "markdown")]
    [InlineData("a.jsonl", "{\"title\": \"x\"}", "json")]
    [InlineData("a.sgm", "<REUTERS NEWID=\"1\"></REUTERS>", "reuters-sgml")]
    [InlineData("a.html", "<p>x</p>", "html")]
    [InlineData("a.nitf", "<nitf/>", "nitf")]
    public void Extension_picks_the_reader_when_the_content_agrees(string path, string text, string format)
    {
        Assert.Equal(format, readers.For(path, text)?.Format);
    }

    [Theory]
    [InlineData("wire.txt", "{\"title\": \"A\", \"body\": \"x\"}\n{\"title\": \"B\", \"body\": \"y\"}", "json")]
    [InlineData("story.txt", Nitf, "nitf")]
    [InlineData("story.xml", Nitf, "nitf")]
    [InlineData("page", "<!DOCTYPE html><html><body><p>x</p></body></html>", "html")]
    [InlineData("export.json", "<html><body>x</body></html>", "html")]
    [InlineData("0001", "# Port strike ends\n\nText", "markdown")]
    [InlineData("0002", "Port strike ends\n\nText", "text")]
    [InlineData("records.txt", "<REUTERS NEWID=\"1\"></REUTERS>", "reuters-sgml")]
    public void Content_picks_the_reader_when_the_extension_is_missing_or_misleading(string path, string text, string format)
    {
        Assert.Equal(format, readers.For(path, text)?.Format);
    }

    [Theory]
    [InlineData("sitemap.xml", "<?xml version=\"1.0\"?><urlset/>")]
    [InlineData("data.csv", "a,b")]
    public void Unsupported_content_has_no_reader(string path, string text)
    {
        Assert.Null(readers.For(path, text));
    }

    [Fact]
    public void A_txt_that_is_json_lines_is_read_as_one_article_per_line()
    {
        var text = SampleArticles.OilJsonLines;
        var articles = readers.For("oil.txt", text)!.Read(new SourceFile("oil.txt", text)).ToList();

        Assert.Equal(["nw-2024-0001", "nw-2024-0002"], articles.Select(a => a.Id));
        Assert.Equal("oil.txt#2", articles[1].Source.ToString());
    }

    [Theory]
    [InlineData("a/b.txt", true)]
    [InlineData("a/b.markdown", true)]
    [InlineData("a/b.HTM", true)]
    [InlineData("a/b.nitf", true)]
    [InlineData("a/b.xml", true)]
    [InlineData("a/0001", true)]
    [InlineData("a/wire.jsonl.gz", true)]
    [InlineData("a/wire.gz", true)]
    [InlineData("a/news.zip", true)]
    [InlineData("a/table.csv", false)]
    [InlineData("a/table.csv.gz", false)]
    [InlineData("a/photo.jpg", false)]
    public void Candidates_are_judged_by_name_before_reading(string path, bool candidate)
    {
        Assert.Equal(candidate, ArticleReaders.IsCandidate(path));
    }
}
