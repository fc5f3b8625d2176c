using System.Net;
using Search.Tests.Fixtures;

namespace Search.Tests.Browser;

/// <summary>What the browser is served besides the API: the article pages results open, the widget script and the example pages.</summary>
public sealed class ArticlePageTests(ApiServer server) : IClassFixture<ApiServer>
{
    [Fact]
    public async Task An_article_page_shows_the_article_as_html()
    {
        var response = await server.Client.GetAsync("/articles/nw-2024-0001");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("default-src 'none'", response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Contains("<h1>OPEC weighs deeper output cuts</h1>", html);
        Assert.Contains("<time datetime=\"2024-01-09\">9 January 2024</time>", html);
        Assert.Contains("<dt>Quoted</dt><dd>Kenji Watanabe</dd>", html);
        Assert.Contains("<p>VIENNA, Jan 9 (Reuters) - OPEC ministers", html);
        Assert.Contains("href=\"https://news.example.com/opec-cuts\"", html);
    }

    [Fact]
    public async Task Article_text_is_encoded_and_never_becomes_markup()
    {
        var html = await server.Client.GetStringAsync("/articles/text-2022-01-05_hostile.txt");

        Assert.Contains("<h1>&lt;script&gt;alert(&#39;t&#39;)&lt;/script&gt; Hostile &lt;b&gt;title&lt;/b&gt;</h1>", html);
        Assert.Contains("&lt;img src=x onerror=alert(2)&gt;", html);
        Assert.DoesNotContain("<script", html);
        Assert.DoesNotContain("<img", html);
        Assert.DoesNotContain("<b>", html);
    }

    [Fact]
    public async Task An_unknown_id_is_a_404_page()
    {
        var response = await server.Client.GetAsync("/articles/%3Cb%3Enope");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<h1>Article not found</h1>", html);
        Assert.Contains("<code>&lt;b&gt;nope</code>", html);
    }

    [Fact]
    public async Task The_widget_script_is_small_and_the_pages_are_built_on_it()
    {
        var response = await server.Client.GetAsync("/widget.js");
        var script = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/javascript", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("customElements.define('news-search'", script);
        Assert.True(script.Length < 30 * 1024, $"widget.js is {script.Length / 1024.0:F1} KB; the budget is 30 KB unminified");

        foreach (var page in new[] { "/", "/embed-example.html" })
        {
            var html = await server.Client.GetStringAsync(page);
            Assert.Contains("<news-search", html);
            Assert.Contains("widget.js", html);
        }
    }
}
