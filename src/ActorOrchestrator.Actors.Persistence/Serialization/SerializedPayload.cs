namespace ActorOrchestrator.Actors.Persistence.Serialization;

/// <summary>An event or snapshot as stored: its registered manifest and its JSON text.</summary>
public readonly record struct SerializedPayload(string Manifest, string Json);
