namespace ActorOrchestrator.Actors;

/// <summary>Stops the cell: children first, then PostStop, then watchers are told.</summary>
internal sealed class Terminate : SystemMessage;
