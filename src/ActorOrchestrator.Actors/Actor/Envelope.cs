namespace ActorOrchestrator.Actors;

/// <summary>A message with the ref it came from (dead letters when it had no sender).</summary>
public readonly record struct Envelope(object Message, IActorRef Sender);
