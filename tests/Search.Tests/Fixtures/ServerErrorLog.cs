using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Search.Tests.Fixtures;

/// <summary>Keeps what the server logs at Error or above, exception included, so a test that sees a 500 can say why.</summary>
public sealed class ServerErrorLog : ILoggerProvider
{
    private const int Kept = 5;

    private readonly ConcurrentQueue<string> entries = new();

    public IReadOnlyCollection<string> Entries => entries;

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private void Add(string entry)
    {
        if (entries.Count < Kept)
        {
            entries.Enqueue(entry);
        }
    }

    private sealed class Logger(ServerErrorLog log, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Error;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                log.Add($"{category}: {formatter(state, exception)} {exception}");
            }
        }
    }
}
