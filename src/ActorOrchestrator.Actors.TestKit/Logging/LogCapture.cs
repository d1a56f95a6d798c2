using Microsoft.Extensions.Logging;
using Xunit.Abstractions;

namespace ActorOrchestrator.Actors.TestKit;

/// <summary>
/// The logger factory a kit gives its actor system: keeps every entry (all levels) and every dead letter and
/// unhandled message (<see cref="DeadLetter"/>, <see cref="UnhandledMessage"/> from the event stream) in memory,
/// and echoes entries at or above the output level to the test's <see cref="ITestOutputHelper"/>, so that a failing
/// test shows what the actors logged.
/// </summary>
internal sealed class LogCapture(ITestOutputHelper? output, LogLevel outputLevel) : ILoggerFactory
{
    private readonly Lock _gate = new();
    private readonly List<LogEntry> _entries = [];
    private readonly List<object> _events = [];
    private volatile ITestOutputHelper? _output = output;

    public int EntryCount
    {
        get
        {
            lock (_gate)
            {
                return _entries.Count;
            }
        }
    }

    public int EventCount
    {
        get
        {
            lock (_gate)
            {
                return _events.Count;
            }
        }
    }

    /// <summary>Entries from position <paramref name="start"/> on, in the order they were logged.</summary>
    public IReadOnlyList<LogEntry> EntriesSince(int start)
    {
        lock (_gate)
        {
            return _entries.GetRange(start, _entries.Count - start);
        }
    }

    /// <summary>Dead letters and unhandled messages from position <paramref name="start"/> on, in the order they were published.</summary>
    public IReadOnlyList<object> EventsSince(int start)
    {
        lock (_gate)
        {
            return _events.GetRange(start, _events.Count - start);
        }
    }

    public ILogger CreateLogger(string categoryName) => new CapturingLogger(this, categoryName);

    /// <summary>Other providers are not supported: the kit's capture is the only sink.</summary>
    public void AddProvider(ILoggerProvider provider) =>
        throw new NotSupportedException("The TestKit's logger factory captures entries itself and takes no other providers");

    /// <summary>Stops echoing to the test output (called when the test is over; xunit rejects later writes).</summary>
    public void DetachOutput() => _output = null;

    public void Dispose() => DetachOutput();

    internal void Add(LogEntry entry)
    {
        lock (_gate)
        {
            _entries.Add(entry);
        }
        if (_output is { } sink && entry.Level >= outputLevel && entry.Level != LogLevel.None)
        {
            try
            {
                sink.WriteLine(entry.ToOutputText());
            }
            catch (InvalidOperationException)
            {
                // The test has already finished; xunit no longer accepts output for it.
                _output = null;
            }
        }
    }

    /// <summary>Records a <see cref="DeadLetter"/> or <see cref="UnhandledMessage"/>.</summary>
    internal void AddEvent(object @event)
    {
        lock (_gate)
        {
            _events.Add(@event);
        }
    }
}
