namespace ActorOrchestrator.Actors;

/// <summary>Restarts of one child within the current window (parent thread only).</summary>
internal sealed class RestartStatistics
{
    public int Count { get; set; }

    public long WindowStart { get; set; }
}
