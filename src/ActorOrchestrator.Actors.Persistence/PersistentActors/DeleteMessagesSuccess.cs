namespace ActorOrchestrator.Actors.Persistence;

/// <summary>Reply to <c>DeleteMessagesTo</c>: events up to and including <paramref name="ToSequenceNr"/> are deleted.</summary>
public sealed record DeleteMessagesSuccess(long ToSequenceNr);
