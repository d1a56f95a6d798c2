namespace ActorOrchestrator.ControlPlane.Access;

/// <summary>Query options every write accepts (<c>?dryRun=All&amp;fieldManager=kubectl-client-side-apply</c>).</summary>
public sealed record WriteOptions
{
    public static readonly WriteOptions Default = new();

    /// <summary>Validate and answer as if written, but persist nothing.</summary>
    public bool DryRun { get; init; }

    /// <summary>The manager recorded in managedFields (server-side apply needs one).</summary>
    public string? FieldManager { get; init; }

    /// <summary>Server-side apply only: take over fields owned by other managers instead of answering 409.</summary>
    public bool Force { get; init; }
}
