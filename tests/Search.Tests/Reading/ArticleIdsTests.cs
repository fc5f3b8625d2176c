using Search.Core.Reading;

namespace Search.Tests.Reading;

public class ArticleIdsTests
{
    [Theory]
    [InlineData("https://www.example.com/2024/03/rates/", "example.com-2024-03-rates")]
    [InlineData("http://example.com/2024/03/rates?utm_source=x&utm_medium=y#comments", "example.com-2024-03-rates")]
    [InlineData("https://news.example.com/story.php?id=42", "news.example.com-story.php-id-42")]
    [InlineData("https://example.com/café/Übersicht", "example.com-caf-c3-a9-c3-9cbersicht")]
    [InlineData("urn:uuid:1234", "urn-uuid-1234")]
    [InlineData("  ", "")]
    public void Url_becomes_a_url_safe_id_that_ignores_tracking_scheme_and_www(string url, string id)
    {
        Assert.Equal(id, ArticleIds.FromUrl(url));
    }

    [Fact]
    public void Own_id_beats_url_which_beats_path_and_position()
    {
        Assert.Equal("nw-1", ArticleIds.Choose("nw-1", "https://example.com/a", "f.jsonl", 2));
        Assert.Equal("example.com-a", ArticleIds.Choose(" ", "https://example.com/a", "f.jsonl", 2));
        Assert.Equal("dir-f.jsonl-2", ArticleIds.Choose(null, null, "dir/f.jsonl", 2));
    }
}
