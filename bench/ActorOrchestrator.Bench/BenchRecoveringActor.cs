using ActorOrchestrator.Actors.Persistence;

namespace ActorOrchestrator.Bench;

/// <summary>Replays its entity, folding each event into a running value, and reports its LastSequenceNr once recovered.</summary>
internal sealed class BenchRecoveringActor : PersistentActor
{
    public BenchRecoveringActor(string persistenceId, TaskCompletionSource<long> recovered)
    {
        PersistenceId = persistenceId;
        long generations = 0;
        Recover<PersistenceBenchEvent>(e => generations += e.Generation);
        Recover<SnapshotOffer>(offer => generations = ((PersistenceBenchEvent)offer.Snapshot).Generation);
        Recover<RecoveryCompleted>(_ => recovered.TrySetResult(generations > 0 ? LastSequenceNr : -1));
    }

    public override string PersistenceId { get; }
}
