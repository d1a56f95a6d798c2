namespace ActorOrchestrator.Actors.Persistence;

/// <summary>Delivered to the recovery handlers once the snapshot and every stored event have been replayed; commands follow.</summary>
public sealed record RecoveryCompleted
{
    public static RecoveryCompleted Instance { get; } = new();

    private RecoveryCompleted()
    {
    }
}
