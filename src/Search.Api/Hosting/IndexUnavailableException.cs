namespace Search.Api.Hosting;

/// <summary>The API cannot start: there is no index to serve, or it cannot be opened; the message says what to do.</summary>
public sealed class IndexUnavailableException(string message, Exception? inner = null) : Exception(message, inner);
