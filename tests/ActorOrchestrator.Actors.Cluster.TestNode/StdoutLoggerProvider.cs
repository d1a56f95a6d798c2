using Microsoft.Extensions.Logging;

namespace ActorOrchestrator.Actors.Cluster.TestNode;

/// <summary>Writes log lines at Information and above to stdout as "LOG &lt;level&gt; &lt;message&gt;", for the test's failure output.</summary>
internal sealed class StdoutLoggerProvider : ILoggerProvider
{
    public ILogger CreateLogger(string categoryName) => new Logger();

    public void Dispose()
    {
    }

    private sealed class Logger : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                Console.WriteLine($"LOG {logLevel} {formatter(state, exception)}{(exception is null ? "" : " " + exception.Message)}");
            }
        }
    }
}
