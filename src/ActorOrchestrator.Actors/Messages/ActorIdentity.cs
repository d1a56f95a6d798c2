namespace ActorOrchestrator.Actors;

/// <summary>Reply to <see cref="Identify"/>; <paramref name="Subject"/> is null when the actor does not exist.</summary>
public sealed record ActorIdentity(object? MessageId, IActorRef? Subject);
