namespace ActorOrchestrator.Actors;

/// <summary>The running child of a <see cref="BackoffSupervisor"/>, or null while it waits to re-create it.</summary>
public sealed record CurrentChild(IActorRef? Ref);
