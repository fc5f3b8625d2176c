namespace Search.Core.Indexing;

/// <summary>What to index and where: the corpus folder, the index folder, and the glob patterns that choose files.</summary>
public sealed record BuildOptions(string CorpusPath, string IndexPath)
{
    public IReadOnlyList<string> Include { get; init; } = [];

    public IReadOnlyList<string> Exclude { get; init; } = [];

    /// <summary>Read every file again instead of only those that changed since the last build.</summary>
    public bool Full { get; init; }

    /// <summary>Worker threads for extraction and indexing; defaults to one per core.</summary>
    public int Threads { get; init; } = Environment.ProcessorCount;

    /// <summary>The default size limit of one file (or of one decompressed archive entry).</summary>
    public const long DefaultMaxFileBytes = 256L * 1024 * 1024;

    /// <summary>Files larger than this are skipped as not plausibly an article file.</summary>
    public long MaxFileBytes { get; init; } = DefaultMaxFileBytes;
}
