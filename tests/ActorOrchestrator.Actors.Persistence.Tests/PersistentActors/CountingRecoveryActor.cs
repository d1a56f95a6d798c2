using ActorOrchestrator.Actors.Persistence.Tests.Fixtures;

namespace ActorOrchestrator.Actors.Persistence.Tests.PersistentActors;

/// <summary>Counts itself as recovering from its first replayed event until RecoveryCompleted, then reports its LastSequenceNr.</summary>
internal sealed class CountingRecoveryActor : PersistentActor
{
    public CountingRecoveryActor(string persistenceId, ConcurrencyProbe probe, IActorRef report)
    {
        PersistenceId = persistenceId;
        var counted = false;
        Recover<ItemAdded>(_ =>
        {
            if (!counted)
            {
                counted = true;
                probe.Enter();
                Thread.Sleep(2);
            }
        });
        Recover<RecoveryCompleted>(_ =>
        {
            if (counted)
            {
                probe.Leave();
            }
            report.Tell(LastSequenceNr);
        });
    }

    public override string PersistenceId { get; }
}
