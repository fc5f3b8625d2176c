using Search.Core.Reading;
using Search.Tests.Fixtures;

namespace Search.Tests.Reading;

public class JsonArticleReaderTests
{
    private readonly JsonArticleReader reader = new();

    [Fact]
    public void Json_lines_with_body_or_text()
    {
        var articles = reader.Read(new SourceFile("jsonl/oil.jsonl", SampleArticles.OilJsonLines)).ToList();

        Assert.Equal(2, articles.Count);
        Assert.Equal("nw-2024-0001", articles[0].Id);
        Assert.Equal(new DateOnly(2024, 1, 9), articles[0].Date);
        Assert.Equal("https://news.example.com/opec-cuts", articles[0].Url);
        Assert.StartsWith("RIYADH, Feb 2", articles[1].Body);
        Assert.Equal("jsonl/oil.jsonl#2", articles[1].Source.ToString());
    }

    [Fact]
    public void Array_of_objects_with_crawler_field_names()
    {
        const string json = """[{"headline": "A", "maintext": "Body A", "date_publish": "2019-05-01 10:00:00"}, {"title": "B", "content": "Body B"}]""";
        var articles = reader.Read(new SourceFile("crawl.json", json)).ToList();

        Assert.Equal(["A", "B"], articles.Select(a => a.Title));
        Assert.Equal(new DateOnly(2019, 5, 1), articles[0].Date);
        Assert.Equal("crawl.json-2", articles[1].Id);
    }

    [Fact]
    public void A_broken_line_is_skipped_with_its_number_and_its_neighbours_are_read()
    {
        var text = "{\"title\": \"First\", \"body\": \"One\"}\n{\"title\": \"broken\n[1, 2]\n{\"title\": \"Third\", \"body\": \"Three\"}\n{\"url\": \"https://example.com/x\"}";
        var file = new SourceFile("bad.jsonl", text);

        var articles = reader.Read(file).ToList();

        Assert.Equal(["First", "Third"], articles.Select(a => a.Title));
        Assert.Collection(
            file.SkippedRecords,
            p => Assert.StartsWith("line 2: invalid JSON", p.Reason),
            p => Assert.StartsWith("line 3: expected a JSON object", p.Reason),
            p => Assert.StartsWith("line 5: the object has neither", p.Reason));
    }

    [Fact]
    public void A_file_of_only_broken_lines_is_skipped_whole_with_the_first_problem()
    {
        var ex = Assert.Throws<ArticleReadException>(() => reader.Read(new SourceFile("bad.jsonl", "{nope\n{\"title\": ")).ToList());

        Assert.Contains("bad.jsonl", ex.Message);
        Assert.Contains("line 1: invalid JSON", ex.Message);
    }

    [Fact]
    public void Url_gives_the_id_when_the_object_has_none()
    {
        const string json = """{"title": "A", "body": "Body A", "url": "https://www.example.com/a/?utm_campaign=rss"}""";

        Assert.Equal("example.com-a", reader.Read(new SourceFile("a.json", json)).Single().Id);
    }

    [Fact]
    public void One_object_per_line_is_recognised_whatever_the_file_is_called()
    {
        var articles = reader.Read(new SourceFile("export.json", SampleArticles.OilJsonLines)).ToList();
        var pretty = reader.Read(new SourceFile("pretty.gz", "{\n  \"title\": \"A\",\n  \"body\": \"x\"\n}")).Single();

        Assert.Equal(2, articles.Count);
        Assert.Equal("export.json#1", articles[0].Source.ToString());
        Assert.Equal("pretty.gz", pretty.Source.ToString());
    }
}
