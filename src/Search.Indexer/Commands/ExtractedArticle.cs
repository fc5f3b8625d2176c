using System.Globalization;
using Search.Core.Articles;

namespace Search.Indexer.Commands;

/// <summary>The JSON shape `indexer extract` prints; its names are a contract that checks and tools build on.</summary>
internal sealed record ExtractedArticle(
    string Source,
    string Id,
    string Title,
    string? Date,
    IReadOnlyList<string> Speakers,
    IReadOnlyList<string> People,
    IReadOnlyList<string> Locations,
    IReadOnlyList<string> Dates,
    IReadOnlyList<Quote> Quotes)
{
    public static ExtractedArticle From(Article article) => new(
        article.Source.ToString(),
        article.Id,
        article.Title,
        article.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        article.Speakers,
        article.People,
        article.Locations,
        article.Dates,
        article.Quotes);
}
