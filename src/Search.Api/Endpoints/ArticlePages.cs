using System.Text;
using Search.Core.Searching;
using Search.Core.Searching.Related;

namespace Search.Api.Endpoints;

/// <summary>GET /articles/{id}: the article as a small HTML page, where search results link when an article has no url of its own.</summary>
public static class ArticlePages
{
    // Everything on the page is server-encoded text; the policy is a second wall should that ever slip.
    private const string ContentSecurityPolicy = "default-src 'none'; style-src 'self'; base-uri 'none'; form-action 'none'";

    private const int RelatedOnPage = 5;

    public static IEndpointRouteBuilder MapArticlePages(this IEndpointRouteBuilder app)
    {
        app.MapGet("/articles/{id}", (string id, SearchService search, RelatedArticles related, HttpResponse response) =>
        {
            response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
            return search.GetArticle(id) is { } article
                ? Html(ArticlePageHtml.Article(article, RelatedArticlesHtml.Section(related.For(id, RelatedOnPage)?.Hits ?? [])), StatusCodes.Status200OK)
                : Html(ArticlePageHtml.NotFound(id), StatusCodes.Status404NotFound);
        })
        .WithName("ArticlePage");
        return app;
    }

    private static IResult Html(string html, int status) =>
        Results.Content(html, "text/html; charset=utf-8", Encoding.UTF8, status);
}
