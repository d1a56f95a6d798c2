using ActorOrchestrator.Actors;
using ActorOrchestrator.Actors.Persistence;

namespace ActorOrchestrator.Bench;

/// <summary>After <see cref="Start"/>, persists one event per command, sending itself the next command from the Persist handler.</summary>
internal sealed class BenchPersistingActor : PersistentActor
{
    public static readonly object Start = new();
    private static readonly object Next = new();

    public BenchPersistingActor(string persistenceId, BenchPersistCounter counter)
    {
        PersistenceId = persistenceId;
        Recover<RecoveryCompleted>(_ => counter.OneRecovered());
        Command<object>(message => ReferenceEquals(message, Start) || ReferenceEquals(message, Next), _ =>
            Persist(new PersistenceBenchEvent("node-1", (int)LastSequenceNr), _ =>
            {
                counter.OnePersisted();
                Self.Tell(Next, Self);
            }));
    }

    public override string PersistenceId { get; }
}
