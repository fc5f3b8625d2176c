using Search.Core.Articles;

namespace Search.Core.Reading;

/// <summary>The articles read from one file and their format, or the reason the whole file was skipped.</summary>
public sealed record CorpusFileRead(string Path, IReadOnlyList<Article> Articles, string? Format, string? Problem)
{
    /// <summary>
    /// Files inside an archive that were skipped while the rest of it was read, each named by its path inside the
    /// archive ("news.zip/2024/bad.json"). Empty for a plain file: its problem, if any, is <see cref="Problem"/>.
    /// </summary>
    public IReadOnlyList<ReadProblem> EntryProblems { get; init; } = [];

    /// <summary>SHA-256 of the file's bytes, hex; empty when the file could not be read at all.</summary>
    public string ContentHash { get; init; } = string.Empty;

    public static CorpusFileRead Failed(string path, string reason) => new(path, [], null, reason);
}
