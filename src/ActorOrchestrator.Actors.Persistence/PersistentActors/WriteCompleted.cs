using ActorOrchestrator.Actors.Persistence.Journal;

namespace ActorOrchestrator.Actors.Persistence;

/// <summary>The journal answered one round of writes (faulted: not stored or unknown).</summary>
internal sealed record WriteCompleted(PersistentActor Owner, Task<IReadOnlyList<AtomicWriteResult>> Write) : PersistentActorSignal(Owner);
