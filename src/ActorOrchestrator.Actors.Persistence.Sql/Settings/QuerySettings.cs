namespace ActorOrchestrator.Actors.Persistence.Sql.Settings;

/// <summary><c>ao.persistence.query</c>: the read side.</summary>
public sealed record QuerySettings
{
    /// <summary>How often a live query looks for events written by other processes; local writes wake it at once.</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromMilliseconds(50);

    /// <summary>Events fetched per query round trip.</summary>
    public int BatchSize { get; init; } = 1000;
}
