namespace ActorOrchestrator.Actors.Cluster.Sharding;

/// <summary>
/// Sent by an entity to its parent (the shard) to be stopped: the shard sends it <paramref name="StopMessage"/>,
/// holds messages for it meanwhile, and starts it again when some arrived.
/// </summary>
public sealed record Passivate(object StopMessage);
