namespace ActorOrchestrator.Actors.Persistence;

internal sealed record RecoveryAborted(PersistentActor Owner, Exception Cause) : PersistentActorSignal(Owner);
