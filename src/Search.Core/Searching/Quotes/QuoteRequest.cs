namespace Search.Core.Searching.Quotes;

/// <summary>A validated quote search: words of the quote, speakers (any of them), date range and page.</summary>
public sealed record QuoteRequest
{
    public string Query { get; init; } = string.Empty;

    public IReadOnlyList<string> Speakers { get; init; } = [];

    public DateOnly? From { get; init; }

    public DateOnly? To { get; init; }

    public int Page { get; init; } = 1;

    public int Size { get; init; } = 10;

    /// <summary>Speakers listed in the facet.</summary>
    public int FacetSize { get; init; } = 10;
}
