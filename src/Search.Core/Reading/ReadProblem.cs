namespace Search.Core.Reading;

/// <summary>A file, or a file inside an archive, that was skipped, and why ("line 3: invalid JSON ...").</summary>
public sealed record ReadProblem(string Path, string Reason)
{
    /// <summary>The reason a reader gave, with its line when it named one.</summary>
    public static ReadProblem From(ArticleReadException ex) => new(ex.Path, ex.Line is { } line ? $"line {line}: {ex.Reason}" : ex.Reason);
}
