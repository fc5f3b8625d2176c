namespace Search.Core.Indexing;

/// <summary>A snapshot of a running build, for progress bars: files and bytes done of the total, articles so far.</summary>
public sealed record BuildProgress(int FilesDone, int FilesTotal, long BytesDone, long BytesTotal, int Articles, TimeSpan Elapsed)
{
    /// <summary>Every file is read; a full build is merging its segments into one before it commits.</summary>
    public bool Merging { get; init; }

    public double ArticlesPerSecond => Elapsed.TotalSeconds > 0 ? Articles / Elapsed.TotalSeconds : 0;
}
