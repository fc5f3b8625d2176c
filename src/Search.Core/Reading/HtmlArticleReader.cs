using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Search.Core.Articles;

namespace Search.Core.Reading;

/// <summary>
/// Saved news pages: headline, text, date, author and canonical url from the page's schema.org JSON-LD, its
/// Open Graph and article meta tags, and its &lt;article&gt;, leaving out navigation, asides, scripts and forms.
/// The page is only parsed: no script runs and nothing it links to is fetched.
/// </summary>
public sealed partial class HtmlArticleReader : IArticleReader
{
    private const string Noise = "nav, header, footer, aside, script, style, form, noscript, template, iframe, svg, button, [hidden]";

    public string Format => "html";

    public ReaderFit Fit(string relativePath, string text) =>
        HtmlStart().IsMatch(text.AsSpan(0, Math.Min(text.Length, 4096))) ? ReaderFit.Content
        : Path.GetExtension(relativePath).ToLowerInvariant() is ".html" or ".htm" ? ReaderFit.Extension
        : ReaderFit.None;

    public IEnumerable<Article> Read(SourceFile file)
    {
        var page = new HtmlParser().ParseDocument(file.Text);
        var jsonLd = JsonLdArticle.Find(page);

        // Metadata first: <header>, where a page often keeps the byline and <time>, is dropped from the text below.
        var title = jsonLd?.Headline ?? Meta(page, "meta[property='og:title']") ?? Heading(page) ?? PageTitle(page);
        var date = MetadataDate.Parse(jsonLd?.DatePublished)
            ?? MetadataDate.Parse(Meta(page, "meta[property='article:published_time']"))
            ?? MetadataDate.Parse(Attribute(page.QuerySelector("article time[datetime]") ?? page.QuerySelector("time[datetime]"), "datetime"));
        var author = jsonLd?.Author ?? Meta(page, "meta[name='author']");
        var url = Attribute(page.QuerySelector("link[rel='canonical']"), "href") ?? Meta(page, "meta[property='og:url']") ?? jsonLd?.Url;

        foreach (var noise in page.QuerySelectorAll(Noise).ToList())
        {
            noise.Remove();
        }

        // The headline opens the text on most pages; the article already carries it as its title.
        if (title is not null && page.QuerySelectorAll("h1").FirstOrDefault(h => Same(h.TextContent, title)) is { } headline)
        {
            headline.Remove();
        }

        var body = BodyText(page, jsonLd);
        if (body.Length == 0)
        {
            throw new ArticleReadException(file.PortablePath, null, "no article text in the page");
        }

        yield return new Article
        {
            Id = ArticleIds.Choose(null, url, file.PortablePath),
            Title = title ?? body.Split('\n', 2)[0],
            Body = body,
            Date = date,
            Url = url,
            Author = author,
            Source = new ArticleSource(file.PortablePath),
        };
    }

    /// <summary>The longest &lt;article&gt; (others are teasers for related stories), else JSON-LD articleBody, &lt;main&gt; or &lt;body&gt;.</summary>
    private static string BodyText(IDocument page, JsonLdArticle? jsonLd)
    {
        if (page.QuerySelectorAll("article").MaxBy(a => a.TextContent.Trim().Length) is { } article && HtmlText.Of(article) is { Length: > 0 } text)
        {
            return text;
        }

        if (jsonLd?.Body is { } articleBody)
        {
            return articleBody;
        }

        return page.QuerySelector("main") is { } main && HtmlText.Of(main) is { Length: > 0 } mainText
            ? mainText
            : page.Body is { } body ? HtmlText.Of(body) : string.Empty;
    }

    private static string? Heading(IDocument page) =>
        Clean((page.QuerySelector("article h1") ?? page.QuerySelector("main h1") ?? page.QuerySelector("h1"))?.TextContent);

    /// <summary>A &lt;title&gt; of "Headline | Site name" is the headline.</summary>
    private static string? PageTitle(IDocument page) => Clean(page.Title?.Split(" | ")[0]);

    private static string? Meta(IDocument page, string selector) => Attribute(page.QuerySelector(selector), "content");

    private static string? Attribute(IElement? element, string name) => Clean(element?.GetAttribute(name));

    private static string? Clean(string? value) =>
        string.IsNullOrWhiteSpace(value) ? null : Whitespace().Replace(value, " ").Trim();

    private static bool Same(string a, string b) => string.Equals(Clean(a), Clean(b), StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)[\s>]", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex HtmlStart();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
