using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Search.Core.Articles;
using Search.Core.Searching;
using Search.Core.Searching.Highlighting;

namespace Search.Api.Endpoints;

/// <summary>Renders an article, or the not-found page, as HTML in which every piece of article text is HTML-encoded.</summary>
public static partial class ArticlePageHtml
{
    private static readonly HtmlTextEncoder Encoder = new();

    /// <summary>The article page; <paramref name="related"/> is rendered HTML (see <see cref="RelatedArticlesHtml"/>) placed after the article.</summary>
    public static string Article(Article article, string related = "")
    {
        var html = new StringBuilder();
        html.Append("<article>\n<h1>").Append(Encode(article.Title)).Append("</h1>\n");

        var meta = new List<string>();
        if (article.Date is { } date)
        {
            meta.Add($"<time datetime=\"{date:yyyy-MM-dd}\">{date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)}</time>");
        }

        if (!string.IsNullOrWhiteSpace(article.Author))
        {
            meta.Add("By " + Encode(article.Author));
        }

        if (meta.Count > 0)
        {
            html.Append("<p class=\"meta\">").AppendJoin(" · ", meta).Append("</p>\n");
        }

        var facts = new StringBuilder();
        AppendFact(facts, "Quoted", article.Speakers);
        AppendFact(facts, "Locations", article.Locations);
        if (facts.Length > 0)
        {
            html.Append("<dl class=\"facts\">\n").Append(facts).Append("</dl>\n");
        }

        foreach (var paragraph in Paragraphs(article.Body))
        {
            html.Append("<p>").Append(Encode(paragraph)).Append("</p>\n");
        }

        // Only web links: a javascript: or data: url from an imported file must not become a clickable link.
        if (Uri.TryCreate(article.Url, UriKind.Absolute, out var url) && url.Scheme is "http" or "https")
        {
            html.Append("<p class=\"source\"><a href=\"").Append(Encode(url.AbsoluteUri)).Append("\" rel=\"noopener noreferrer\">Original article</a></p>\n");
        }

        html.Append("</article>");
        html.Append(related);
        return Page(article.Title, html.ToString());
    }

    public static string NotFound(string id) =>
        Page("Article not found", $"<article>\n<h1>Article not found</h1>\n<p>There is no article with id <code>{Encode(id)}</code>. It may have been removed from the archive.</p>\n</article>");

    private static void AppendFact(StringBuilder html, string label, IReadOnlyList<string> values)
    {
        if (values.Count > 0)
        {
            html.Append("<dt>").Append(label).Append("</dt><dd>").AppendJoin(", ", values.Select(Encode)).Append("</dd>\n");
        }
    }

    private static string Page(string title, string content) => $"""
        <!doctype html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{Encode(title)} · Newsroom search</title>
        <link rel="stylesheet" href="/article.css">
        </head>
        <body>
        <main>
        <p class="back"><a href="/">← Newsroom search</a></p>
        {content}
        </main>
        </body>
        </html>
        """;

    private static string Encode(string text) => Encoder.EncodeText(text);

    // Most readers separate paragraphs with a blank line; Reuters bodies, which have none, with a single line break.
    private static IEnumerable<string> Paragraphs(string body)
    {
        var text = body.Trim();
        var separator = BlankLine().IsMatch(text) ? BlankLine() : LineBreak();
        return separator.Split(text).Select(p => p.Trim()).Where(p => p.Length > 0);
    }

    [GeneratedRegex(@"\n\s*\n")]
    private static partial Regex BlankLine();

    [GeneratedRegex(@"\n")]
    private static partial Regex LineBreak();
}
