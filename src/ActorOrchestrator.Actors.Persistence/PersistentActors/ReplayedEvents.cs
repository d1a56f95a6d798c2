using ActorOrchestrator.Actors.Persistence.Query;
using ActorOrchestrator.Actors.Persistence.Snapshots;

namespace ActorOrchestrator.Actors.Persistence;

/// <summary>The next part of a recovery: the snapshot (first part only) and a batch of events; the actor completes <see cref="Applied"/>.</summary>
internal sealed record ReplayedEvents(
    PersistentActor Owner, SelectedSnapshot? Snapshot, IReadOnlyList<EventEnvelope> Events, TaskCompletionSource Applied)
    : PersistentActorSignal(Owner);
