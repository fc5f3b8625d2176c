using Search.Core.Reading;

namespace Search.Tests.Reading;

public class HtmlArticleReaderTests
{
    private const string NewsPage = """
        <!DOCTYPE html>
        <html><head>
          <title>Ports reopen after strike | Example News</title>
          <meta property="og:title" content="Ports reopen (og)">
          <meta property="article:published_time" content="2024-05-01T08:00:00Z">
          <meta name="author" content="Meta Author">
          <link rel="canonical" href="https://www.example.com/world/ports-reopen">
          <script type="application/ld+json">
            {"@context": "https://schema.org", "@graph": [
              {"@type": "WebSite", "name": "Example News"},
              {"@type": ["NewsArticle"], "headline": "Ports reopen after strike", "datePublished": "2024-05-02T09:30:00+02:00",
               "author": [{"@type": "Person", "name": "Ann Lee"}, {"@type": "Person", "name": "Bo Chen"}]}
            ]}
          </script>
          <style>p { color: red }</style>
        </head><body>
          <header><h1>Example News</h1><nav><a href="/">Home</a></nav></header>
          <main>
            <article>
              <header><p class="byline">By Ann Lee</p></header>
              <h1>Ports reopen after strike</h1>
              <p>ROTTERDAM, May 2 - Dockers returned to work on
                 Thursday, ending a <b>two-week</b> strike.</p>
              <aside>Read more: unrelated story</aside>
              <p>"We got what we asked for," said union leader Piet de Vries.<br>Ships queued offshore.</p>
              <script>track();</script>
              <form><input name="email"> Subscribe</form>
            </article>
            <article><h2>Related</h2><p>Short teaser.</p></article>
          </main>
          <footer>Copyright Example News</footer>
        </body></html>
        """;

    private readonly HtmlArticleReader reader = new();

    [Fact]
    public void Json_ld_gives_headline_date_and_authors_and_the_article_gives_the_text()
    {
        var article = reader.Read(new SourceFile("pages/ports.html", NewsPage)).Single();

        Assert.Equal("Ports reopen after strike", article.Title);
        Assert.Equal(new DateOnly(2024, 5, 2), article.Date);
        Assert.Equal("Ann Lee, Bo Chen", article.Author);
        Assert.Equal("https://www.example.com/world/ports-reopen", article.Url);
        Assert.Equal("example.com-world-ports-reopen", article.Id);
        Assert.Equal(
            "ROTTERDAM, May 2 - Dockers returned to work on Thursday, ending a two-week strike.\n\"We got what we asked for,\" said union leader Piet de Vries.\nShips queued offshore.",
            article.Body);
    }

    [Fact]
    public void Without_json_ld_meta_tags_then_headings_then_title_are_used()
    {
        const string page = """
            <html><head><title>Budget passes | Daily</title><meta name="author" content="Desk">
            <meta property="og:url" content="https://daily.example/budget"></head>
            <body><div><h1>Budget passes</h1><p>LONDON - The budget passed.</p><time datetime="2023-09-07">Sept 7</time></div></body></html>
            """;

        var article = reader.Read(new SourceFile("budget.htm", page)).Single();

        Assert.Equal("Budget passes", article.Title);
        Assert.Equal(new DateOnly(2023, 9, 7), article.Date);
        Assert.Equal("Desk", article.Author);
        Assert.Equal("daily.example-budget", article.Id);
        Assert.Equal("LONDON - The budget passed.\nSept 7", article.Body);
    }

    [Fact]
    public void Title_tag_alone_names_a_page_and_broken_json_ld_is_passed_over()
    {
        const string page = """
            <html><head><title>Flood warning | Site</title><script type="application/ld+json">{"@type": "NewsArticle", "headline": </script></head>
            <body><p>Rivers rose overnight.</p></body></html>
            """;

        var article = reader.Read(new SourceFile("flood.html", page)).Single();

        Assert.Equal("Flood warning", article.Title);
        Assert.Equal("Rivers rose overnight.", article.Body);
        Assert.Equal("flood.html", article.Id);
        Assert.Null(article.Date);
    }

    [Fact]
    public void Json_ld_article_body_stands_in_when_there_is_no_article_element()
    {
        const string page = """
            <html><head><script type="application/ld+json">{"@type": "NewsArticle", "headline": "Quake", "articleBody": "A quake struck at dawn."}</script></head>
            <body><nav>Menu</nav><div id="app"></div></body></html>
            """;

        var article = reader.Read(new SourceFile("quake.html", page)).Single();

        Assert.Equal("Quake", article.Title);
        Assert.Equal("A quake struck at dawn.", article.Body);
    }

    [Fact]
    public void Unclosed_tags_are_still_read()
    {
        var article = reader.Read(new SourceFile("broken.html", "<html><body><article><h1>Fire</h1><p>Crews contained a fire.<p>No one was hurt.")).Single();

        Assert.Equal("Fire", article.Title);
        Assert.Equal("Crews contained a fire.\nNo one was hurt.", article.Body);
    }

    [Fact]
    public void A_page_with_no_article_text_is_an_error()
    {
        const string page = "<html><head><title>Home</title><script>var x = 1;</script></head><body><nav><a href='/'>Home</a></nav></body></html>";

        var ex = Assert.Throws<ArticleReadException>(() => reader.Read(new SourceFile("index.html", page)).ToList());

        Assert.Equal("no article text in the page", ex.Reason);
    }

    [Fact]
    public void Claims_html_content_under_any_name()
    {
        Assert.Equal(ReaderFit.Content, reader.Fit("page", "\n<!-- saved -->\n<!doctype HTML><html>"));
        Assert.Equal(ReaderFit.Content, reader.Fit("page.txt", "<html lang=\"en\"><body>x</body></html>"));
        Assert.Equal(ReaderFit.Extension, reader.Fit("fragment.htm", "<p>x</p>"));
        Assert.Equal(ReaderFit.None, reader.Fit("note.txt", "The <html> tag starts a page."));
    }
}
