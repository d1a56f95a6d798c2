using Xunit.Abstractions;

namespace ActorOrchestrator.Actors.TestKit.Tests.Support;

/// <summary>Keeps the lines a kit writes to its test output.</summary>
internal sealed class RecordingOutput : ITestOutputHelper
{
    private readonly Lock _gate = new();
    private readonly List<string> _lines = [];

    public IReadOnlyList<string> Lines
    {
        get
        {
            lock (_gate)
            {
                return [.. _lines];
            }
        }
    }

    public void WriteLine(string message)
    {
        lock (_gate)
        {
            _lines.Add(message);
        }
    }

    public void WriteLine(string format, params object[] args) => WriteLine(string.Format(System.Globalization.CultureInfo.InvariantCulture, format, args));
}
