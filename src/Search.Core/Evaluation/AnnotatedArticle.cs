using Search.Core.Articles;

namespace Search.Core.Evaluation;

/// <summary>An article as extraction will see it, with the gold answers its corpus annotates (null where it annotates none).</summary>
public sealed record AnnotatedArticle(Article Article)
{
    public IReadOnlyList<string>? People { get; init; }

    public IReadOnlyList<string>? Locations { get; init; }

    public IReadOnlyList<string>? Speakers { get; init; }

    /// <summary>Dates the text mentions, ISO 8601 at the annotated precision, without the publication date itself.</summary>
    public IReadOnlyList<string>? Dates { get; init; }

    public DateOnly? PublicationDate { get; init; }
}
