using Search.Core.Searching;
using Search.Core.Searching.Highlighting;
using Search.Core.Searching.Related;

namespace Search.Api.Endpoints;

/// <summary>The "Related articles" section of the article page: plain links to our own article pages, every title HTML-encoded.</summary>
public static class RelatedArticlesHtml
{
    private static readonly HtmlTextEncoder Encoder = new();

    public static string Section(IReadOnlyList<RelatedHit> related)
    {
        if (related.Count == 0)
        {
            return string.Empty;
        }

        var items = related.Select(hit =>
        {
            var date = hit.Date is null ? string.Empty : $" <time datetime=\"{Encoder.EncodeText(hit.Date)}\">{Encoder.EncodeText(hit.Date)}</time>";
            return $"<li><a href=\"/articles/{Encoder.EncodeText(Uri.EscapeDataString(hit.Id))}\">{Encoder.EncodeText(hit.Title)}</a>{date}</li>";
        });
        return $"<section class=\"related\" aria-labelledby=\"related-heading\">\n<h2 id=\"related-heading\">Related articles</h2>\n<ul>\n{string.Join("\n", items)}\n</ul>\n</section>";
    }
}
