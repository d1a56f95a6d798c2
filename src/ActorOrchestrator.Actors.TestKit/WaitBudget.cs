using System.Globalization;

namespace ActorOrchestrator.Actors.TestKit;

/// <summary>How long one expectation may wait, and how to say so in a failure message.</summary>
internal readonly record struct WaitBudget(TimeSpan Duration, bool BoundByWithin)
{
    public override string ToString() =>
        BoundByWithin ? $"before the enclosing Within deadline ({Milliseconds(Duration)})" : $"within {Milliseconds(Duration)}";

    /// <summary>"after N ms", noting when the enclosing Within set the limit.</summary>
    public string After() => $"after {Milliseconds(Duration)}{(BoundByWithin ? " (the enclosing Within deadline)" : string.Empty)}";

    public static string Milliseconds(TimeSpan duration) =>
        duration == Timeout.InfiniteTimeSpan ? "infinite time" : ((long)duration.TotalMilliseconds).ToString(CultureInfo.InvariantCulture) + " ms";
}
