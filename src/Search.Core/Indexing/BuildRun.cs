using System.Collections.Concurrent;
using System.Diagnostics;

namespace Search.Core.Indexing;

/// <summary>The counters of one build in progress, shared by the reading thread and the indexing workers.</summary>
internal sealed class BuildRun(long bytesTotal, int filesTotal, Stopwatch stopwatch, IProgress<BuildProgress>? progress)
{
    private int articles;
    private int filesDone;
    private long bytesDone;
    private int added;
    private int updated;
    private int unchangedContent;

    public ConcurrentBag<SkippedFile> Skipped { get; } = [];

    public ConcurrentDictionary<string, byte> Ids { get; } = new(StringComparer.Ordinal);

    public ConcurrentDictionary<string, int> ByFormat { get; } = new();

    public int Articles => Volatile.Read(ref articles);

    public int Added => added;

    public int Updated => updated;

    public int UnchangedContent => unchangedContent;

    public void ArticleIndexed()
    {
        var done = Interlocked.Increment(ref articles);
        if (done % 64 == 0)
        {
            Report(Volatile.Read(ref filesDone));
        }
    }

    public void FileDone(long size, bool unchangedContent, bool updated = false)
    {
        Interlocked.Add(ref bytesDone, size);
        Interlocked.Increment(ref filesDone);
        if (unchangedContent)
        {
            this.unchangedContent++;
        }
        else if (updated)
        {
            this.updated++;
        }
        else
        {
            added++;
        }

        Report(filesDone);
    }

    public void Report(int files, bool merging = false) =>
        progress?.Report(new BuildProgress(files, filesTotal, Interlocked.Read(ref bytesDone), bytesTotal, Articles, stopwatch.Elapsed) { Merging = merging });
}
