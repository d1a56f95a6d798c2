namespace ActorOrchestrator.Actors.Persistence.Sql.Settings;

/// <summary><c>ao.persistence.startup</c>: retrying an unreachable database while the store opens.</summary>
public sealed record StartupSettings
{
    /// <summary>Wait after the first failed attempt; it doubles after each further one.</summary>
    public TimeSpan MinBackoff { get; init; } = TimeSpan.FromMilliseconds(200);

    /// <summary>Longest wait between attempts.</summary>
    public TimeSpan MaxBackoff { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Give up, with an error naming the target, after this long.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromMinutes(5);
}
