namespace ActorOrchestrator.Actors.Persistence.CrashNode;

/// <summary>Persists one <see cref="Counted"/> after another, forever, printing each once its handler ran (the write was acknowledged).</summary>
internal sealed class CountingActor : PersistentActor
{
    private long _count;

    public CountingActor(string persistenceId)
    {
        PersistenceId = persistenceId;
        Recover<Counted>(e => _count = e.Count);
        Recover<RecoveryCompleted>(_ => Self.Tell(Next.Instance));
        Command<Next>(_ => Persist(new Counted(_count + 1), e =>
        {
            _count = e.Count;
            Console.Out.WriteLine($"ack {PersistenceId} {LastSequenceNr} {e.Count} .");
            Self.Tell(Next.Instance);
        }));
    }

    public override string PersistenceId { get; }

    private sealed record Next
    {
        public static Next Instance { get; } = new();
    }
}
