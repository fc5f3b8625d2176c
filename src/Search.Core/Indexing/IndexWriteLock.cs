namespace Search.Core.Indexing;

/// <summary>
/// An exclusive, process-wide lock on an index folder, held while an indexer writes it. It is an OS file lock
/// (flock on Linux, via FileShare.None), so the kernel releases it when the holder dies, even by SIGKILL; Lucene's
/// own write.lock only guards against writers within one process here.
/// </summary>
public sealed class IndexWriteLock : IDisposable
{
    private const string FileName = "indexer.lock";

    private readonly FileStream stream;

    private IndexWriteLock(FileStream stream) => this.stream = stream;

    /// <summary>Takes the lock, or throws <see cref="IndexBusyException"/> when another indexer holds it.</summary>
    public static IndexWriteLock Acquire(string indexPath)
    {
        try
        {
            Directory.CreateDirectory(indexPath);
            var stream = new FileStream(Path.Combine(indexPath, FileName), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            return new IndexWriteLock(stream);
        }
        catch (Exception ex) when (IndexStorageException.Explain(ex, indexPath) is { } storage)
        {
            throw storage;
        }
        catch (IOException ex)
        {
            throw new IndexBusyException(indexPath, ex);
        }
    }

    public void Dispose() => stream.Dispose();
}
