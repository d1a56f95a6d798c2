namespace ActorOrchestrator.Actors;

/// <summary>Every actor answers with <see cref="ActorIdentity"/>; a dead ref answers with a null subject.</summary>
public sealed record Identify(object? MessageId) : IAutoReceivedMessage;
