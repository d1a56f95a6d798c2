using Microsoft.Extensions.Logging;

namespace ActorOrchestrator.Actors.TestKit;

/// <summary>A logger of one category writing into a <see cref="LogCapture"/>; every level is enabled.</summary>
internal sealed class CapturingLogger(LogCapture capture, string category) : ILogger
{
    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        ArgumentNullException.ThrowIfNull(formatter);
        if (logLevel == LogLevel.None)
        {
            return;
        }
        capture.Add(new LogEntry(DateTimeOffset.UtcNow, logLevel, category, eventId, formatter(state, exception), exception));
    }
}
