namespace ActorOrchestrator.Actors;

/// <summary>Re-creations since the last reset.</summary>
public sealed record RestartCount(int Count);
