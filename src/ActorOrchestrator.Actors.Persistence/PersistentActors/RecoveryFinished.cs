namespace ActorOrchestrator.Actors.Persistence;

/// <summary>
/// Everything is replayed; <see cref="HighestSequenceNr"/> is the journal's highest, deleted events included. The actor
/// completes <see cref="Done"/> after its <see cref="RecoveryCompleted"/> handler, and only then is the recovery permit returned.
/// </summary>
internal sealed record RecoveryFinished(PersistentActor Owner, long HighestSequenceNr, TaskCompletionSource Done) : PersistentActorSignal(Owner);
