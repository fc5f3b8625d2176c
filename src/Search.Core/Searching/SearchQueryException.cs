namespace Search.Core.Searching;

/// <summary>A query the engine refuses (too many expanded terms, say); its message is safe to show the user.</summary>
public sealed class SearchQueryException(string message, Exception? inner = null) : Exception(message, inner);
