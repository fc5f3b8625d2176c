namespace Search.Core.Indexing;

/// <summary>Another indexer holds the index's write lock.</summary>
public sealed class IndexBusyException(string indexPath, Exception inner)
    : Exception($"The index at '{indexPath}' is busy: another indexer is writing it. Try again when it has finished.", inner);
