namespace Search.Core.Indexing;

/// <summary>The outcome of a completed build: what was indexed, what was skipped and why, and how long it took.</summary>
public sealed record BuildSummary(int Articles, int Files, IReadOnlyList<SkippedFile> Skipped, TimeSpan Elapsed, string IndexPath)
{
    public IReadOnlyDictionary<string, int> ArticlesByFormat { get; init; } = new Dictionary<string, int>();
}

/// <summary>A file left out of the index, with the reason (and line, when known) a person can act on.</summary>
public sealed record SkippedFile(string Path, string Reason);
