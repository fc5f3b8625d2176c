using System.Globalization;
using Search.Core.Articles;
using Search.Core.Searching;

namespace Search.Api.Endpoints;

/// <summary>GET /api/articles/{id}: one whole article with its extracted fields.</summary>
public static class ArticleEndpoints
{
    public static IEndpointRouteBuilder MapArticleEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/articles/{id}", (string id, SearchService search) =>
            search.GetArticle(id) is { } article
                ? Results.Ok(ArticleResponse.From(article))
                : Problems.NotFound($"No article with id '{id}'."))
        .WithName("GetArticle");
        return app;
    }
}

/// <summary>The JSON shape of a whole article.</summary>
public sealed record ArticleResponse(
    string Id,
    string Title,
    string Body,
    string? Date,
    string? Url,
    string? Author,
    string Source,
    IReadOnlyList<string> Speakers,
    IReadOnlyList<string> People,
    IReadOnlyList<string> Locations,
    IReadOnlyList<string> Dates,
    IReadOnlyList<Quote> Quotes)
{
    public static ArticleResponse From(Article a) => new(
        a.Id, a.Title, a.Body, a.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), a.Url, a.Author, a.Source.ToString(),
        a.Speakers, a.People, a.Locations, a.Dates, a.Quotes);
}
