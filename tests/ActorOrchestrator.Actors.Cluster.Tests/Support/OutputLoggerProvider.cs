using Microsoft.Extensions.Logging;
using Xunit.Abstractions;

namespace ActorOrchestrator.Actors.Cluster.Tests.Support;

/// <summary>Writes log lines of one member, prefixed with its name, to the test output.</summary>
internal sealed class OutputLoggerProvider(ITestOutputHelper output, string member) : ILoggerProvider
{
    public ILogger CreateLogger(string categoryName) => new Logger(output, member);

    public void Dispose()
    {
    }

    private sealed class Logger(ITestOutputHelper output, string member) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (!IsEnabled(logLevel))
            {
                return;
            }
            try
            {
                output.WriteLine($"{DateTime.UtcNow:HH:mm:ss.fff} [{member}] {logLevel}: {formatter(state, exception)}{(exception is null ? "" : " " + exception.Message)}");
            }
            catch (InvalidOperationException)
            {
                // The test has finished; its output no longer accepts lines.
            }
        }
    }
}
