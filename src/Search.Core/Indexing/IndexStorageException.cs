namespace Search.Core.Indexing;

/// <summary>
/// The index folder cannot be written: the disk is full, the file system is read-only, or permission is denied. The
/// build was rolled back, so the index being served is unchanged; the message says so and what to do.
/// </summary>
public sealed class IndexStorageException(string message, Exception inner) : IOException(message, inner)
{
    // errno values .NET reports as an IOException's HResult on Linux and macOS.
    private const int NoSpace = 28;
    private const int ReadOnlyFileSystem = 30;
    private const int QuotaExceeded = 122;

    /// <summary>A clear error for a storage failure while writing <paramref name="indexPath"/>, or null for any other error.</summary>
    public static IndexStorageException? Explain(Exception error, string indexPath)
    {
        // An indexing worker's failure arrives wrapped in an AggregateException.
        for (Exception? e = error; e is not null and not IndexStorageException; e = e is AggregateException all ? all.InnerExceptions.FirstOrDefault() : e.InnerException)
        {
            if (Cause(e, indexPath) is { } cause)
            {
                return new IndexStorageException($"Cannot write the index at '{indexPath}': {cause}. The index being served is unchanged; fix this and run the build again.", e);
            }
        }

        return null;
    }

    // Only a denial naming the index folder is about writing it; an unreadable corpus folder is another problem.
    private static string? Cause(Exception error, string indexPath) => error is UnauthorizedAccessException
        ? (error.Message.Contains(indexPath, StringComparison.Ordinal) ? "permission to write there is denied" : null)
        : (error as IOException)?.HResult switch
        {
            NoSpace or QuotaExceeded => "the disk holding it is full",
            ReadOnlyFileSystem => "it is on a read-only file system",
            _ => null,
        };
}
