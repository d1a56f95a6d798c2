using Microsoft.Extensions.Logging;

namespace ActorOrchestrator.Actors.Tests.Support;

/// <summary>Keeps every log entry in memory.</summary>
internal sealed class CapturingLoggerFactory : ILoggerFactory
{
    private readonly Lock _gate = new();
    private readonly List<LogEntry> _entries = [];

    public IReadOnlyList<LogEntry> Entries
    {
        get
        {
            lock (_gate)
            {
                return [.. _entries];
            }
        }
    }

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void AddProvider(ILoggerProvider provider)
    {
    }

    public void Dispose()
    {
    }

    /// <summary>Waits until <paramref name="predicate"/> holds for the entries.</summary>
    public IReadOnlyList<LogEntry> WaitFor(Func<IReadOnlyList<LogEntry>, bool> predicate, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(5));
        while (true)
        {
            var entries = Entries;
            if (predicate(entries))
            {
                return entries;
            }
            if (DateTime.UtcNow > deadline)
            {
                throw new Xunit.Sdk.XunitException("Expected log entries did not appear; got:\n" + string.Join("\n", entries));
            }
            Thread.Sleep(10);
        }
    }

    internal sealed record LogEntry(string Category, LogLevel Level, EventId EventId, string Message, Exception? Exception)
    {
        public override string ToString() => $"{Level} {Category} [{EventId.Id}] {Message}";
    }

    private sealed class Logger(CapturingLoggerFactory owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            lock (owner._gate)
            {
                owner._entries.Add(new LogEntry(category, logLevel, eventId, formatter(state, exception), exception));
            }
        }
    }
}
