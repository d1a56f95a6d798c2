using ActorOrchestrator.Actors.Persistence.CrashNode;

namespace ActorOrchestrator.Actors.Persistence.Tests.PersistentActors;

/// <summary>Recovers a crash-node entity and reports every replayed (sequence number, count) pair, then its LastSequenceNr.</summary>
internal sealed class CrashRecoveryProbe : PersistentActor
{
    public CrashRecoveryProbe(string persistenceId, IActorRef report)
    {
        PersistenceId = persistenceId;
        var replayed = new List<(long SequenceNr, long Count)>();
        Recover<Counted>(e => replayed.Add((LastSequenceNr, e.Count)));
        Recover<RecoveryCompleted>(_ => report.Tell(new Recovered(persistenceId, replayed, LastSequenceNr)));
    }

    public override string PersistenceId { get; }

    public sealed record Recovered(string PersistenceId, IReadOnlyList<(long SequenceNr, long Count)> Events, long LastSequenceNr);
}
