namespace ActorOrchestrator.Actors.Cluster.Membership;

/// <summary>
/// One observation: <paramref name="Observer"/> sees <paramref name="Subject"/> as <paramref name="Status"/>,
/// recorded at the observer's own version <paramref name="Version"/>.
/// </summary>
public sealed record ReachabilityRecord(UniqueAddress Observer, UniqueAddress Subject, ReachabilityStatus Status, long Version);
