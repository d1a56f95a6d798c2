namespace ActorOrchestrator.Actors;

/// <summary>Published on the event stream for every message an actor did not handle.</summary>
public sealed record UnhandledMessage(object Message, IActorRef Sender, IActorRef Recipient);
