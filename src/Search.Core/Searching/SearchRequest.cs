namespace Search.Core.Searching;

/// <summary>A validated search: query text, filters (several values of one filter mean any of them), sort and page.</summary>
public sealed record SearchRequest
{
    public string Query { get; init; } = string.Empty;

    public IReadOnlyList<string> Speakers { get; init; } = [];

    public IReadOnlyList<string> Locations { get; init; } = [];

    public DateOnly? From { get; init; }

    public DateOnly? To { get; init; }

    public SearchSort Sort { get; init; } = SearchSort.Relevance;

    public int Page { get; init; } = 1;

    public int Size { get; init; } = 10;

    /// <summary>With relevance sorting, the age at which an article's score is halved (newest article in the index = age 0); null for no decay.</summary>
    public TimeSpan? Recency { get; init; }

    /// <summary>Values shown per facet.</summary>
    public int FacetSize { get; init; } = 10;
}

/// <summary>Result order: BM25 relevance, or newest first.</summary>
public enum SearchSort
{
    Relevance,
    Date,
}
