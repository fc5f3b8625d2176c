namespace Search.Core.Articles;

/// <summary>One news article as it flows from a reader, through extraction, into the index and back out.</summary>
public sealed record Article
{
    /// <summary>Stable identifier: the file's own id or url when it has one, else path plus position.</summary>
    public required string Id { get; init; }

    public required string Title { get; init; }

    public required string Body { get; init; }

    /// <summary>Publication date, or null when no source gives it (never today's date).</summary>
    public DateOnly? Date { get; init; }

    public string? Url { get; init; }

    public string? Author { get; init; }

    /// <summary>Where the article came from: file path relative to the corpus and, for multi-article files, its position.</summary>
    public required ArticleSource Source { get; init; }

    /// <summary>Metadata the file itself states (e.g. Reuters PLACES), used as evidence by extraction.</summary>
    public IReadOnlyList<string> DeclaredLocations { get; init; } = [];

    /// <summary>People the file itself names in metadata (e.g. Reuters PEOPLE).</summary>
    public IReadOnlyList<string> DeclaredPeople { get; init; } = [];

    public IReadOnlyList<string> Speakers { get; init; } = [];

    public IReadOnlyList<string> People { get; init; } = [];

    public IReadOnlyList<string> Locations { get; init; } = [];

    /// <summary>Dates the text mentions, ISO 8601 at the precision the text gives (2024, 2024-03, 2024-03-05).</summary>
    public IReadOnlyList<string> Dates { get; init; } = [];

    public IReadOnlyList<Quote> Quotes { get; init; } = [];
}
