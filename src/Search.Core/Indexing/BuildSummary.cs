namespace Search.Core.Indexing;

/// <summary>The outcome of a completed build: what was indexed, updated, removed and skipped, and how long it took.</summary>
public sealed record BuildSummary(int Articles, int Files, IReadOnlyList<SkippedFile> Skipped, TimeSpan Elapsed, string IndexPath)
{
    public IReadOnlyDictionary<string, int> ArticlesByFormat { get; init; } = new Dictionary<string, int>();

    /// <summary>True when every file was read (first build, --full, or a schema change); false for an incremental run.</summary>
    public bool Full { get; init; } = true;

    /// <summary>Files read for the first time.</summary>
    public int FilesAdded { get; init; }

    /// <summary>Files whose content changed since the last build and were read again.</summary>
    public int FilesUpdated { get; init; }

    /// <summary>Files gone from the corpus whose articles were removed from the index.</summary>
    public int FilesRemoved { get; init; }

    /// <summary>Files left as they were indexed, not read again.</summary>
    public int FilesUnchanged { get; init; }

    /// <summary>Unchanged files that an earlier build could not read; they are tried again when they change or with a full build.</summary>
    public int FilesStillUnreadable { get; init; }

    /// <summary>Articles in the index after the build.</summary>
    public int TotalArticles { get; init; }
}

/// <summary>A file left out of the index, with the reason (and line, when known) a person can act on.</summary>
public sealed record SkippedFile(string Path, string Reason);
