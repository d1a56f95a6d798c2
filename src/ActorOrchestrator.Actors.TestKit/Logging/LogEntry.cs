using Microsoft.Extensions.Logging;

namespace ActorOrchestrator.Actors.TestKit;

/// <summary>One log entry written through the kit's logger factory.</summary>
/// <param name="Timestamp">Wall-clock time of the call (not the system's virtual time).</param>
/// <param name="Level">Log level.</param>
/// <param name="Category">Logger category: <c>ActorOrchestrator.Actors</c> for the kernel, the actor's type name for <c>Context.Log</c>.</param>
/// <param name="EventId">Event id (the kernel's are stable).</param>
/// <param name="Message">The formatted message.</param>
/// <param name="Exception">The exception logged with the entry, if any.</param>
public sealed record LogEntry(DateTimeOffset Timestamp, LogLevel Level, string Category, EventId EventId, string Message, Exception? Exception)
{
    public override string ToString() =>
        Headline + (Exception is null ? string.Empty : $"{Environment.NewLine}    {Exception.GetType().Name}: {Exception.Message}");

    /// <summary>The line written to the test output: the full exception with its stack trace.</summary>
    internal string ToOutputText() => Exception is null ? Headline : Headline + Environment.NewLine + Exception;

    private string Headline => $"{Timestamp:HH:mm:ss.fff} {Level} {Category}[{EventId.Id}] {Message}";
}
