namespace ActorOrchestrator.Actors.Persistence;

/// <summary>Reply to <c>DeleteMessagesTo</c>: the events could not be deleted; the actor keeps running.</summary>
public sealed record DeleteMessagesFailure(Exception Cause, long ToSequenceNr);
