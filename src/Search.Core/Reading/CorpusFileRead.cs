using Search.Core.Articles;

namespace Search.Core.Reading;

/// <summary>The articles read from one file and their format, or the reason the whole file was skipped.</summary>
public sealed record CorpusFileRead(string Path, IReadOnlyList<Article> Articles, string? Format, string? Problem)
{
    /// <summary>
    /// Parts skipped while the rest of the file was read: files inside an archive, named by their path inside it
    /// ("news.zip/2024/bad.json"), and broken records ("line 7: invalid JSON ..."). A file skipped whole has
    /// <see cref="Problem"/> instead.
    /// </summary>
    public IReadOnlyList<ReadProblem> EntryProblems { get; init; } = [];

    /// <summary>SHA-256 of the file's bytes, hex; empty when the file could not be read at all.</summary>
    public string ContentHash { get; init; } = string.Empty;

    public static CorpusFileRead Failed(string path, string reason) => new(path, [], null, reason);
}
