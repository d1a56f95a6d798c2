namespace ActorOrchestrator.Actors.Persistence;

internal sealed record StartRecovery(PersistentActor Owner) : PersistentActorSignal(Owner);
