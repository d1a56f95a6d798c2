namespace ActorOrchestrator.Actors.Persistence.CrashNode;

/// <summary>The event each crash-node actor persists: its own running count, equal to the event's sequence number.</summary>
public sealed record Counted(long Count);
