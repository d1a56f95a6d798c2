namespace ActorOrchestrator.Actors.Persistence;

/// <summary>
/// A message a persistent actor sends itself about its own recovery or writes. <see cref="Owner"/> is the instance
/// that started the work, so a signal reaching a restarted incarnation is ignored.
/// </summary>
internal abstract record PersistentActorSignal(PersistentActor Owner);
