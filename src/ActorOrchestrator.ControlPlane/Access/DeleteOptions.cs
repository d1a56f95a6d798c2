namespace ActorOrchestrator.ControlPlane.Access;

/// <summary>Kubernetes' DeleteOptions (query string or body).</summary>
public sealed record DeleteOptions
{
    public static readonly DeleteOptions Default = new();

    /// <summary><see cref="PropagationPolicy.Background"/> unless the caller says otherwise.</summary>
    public PropagationPolicy? PropagationPolicy { get; init; }

    /// <summary>Seconds a pod's containers get to stop; 0 deletes at once; null takes the pod's terminationGracePeriodSeconds.</summary>
    public long? GracePeriodSeconds { get; init; }

    /// <summary>Precondition: the object still has this uid (409 Conflict otherwise).</summary>
    public string? PreconditionUid { get; init; }

    /// <summary>Precondition: the object is still at this resourceVersion (409 Conflict otherwise).</summary>
    public string? PreconditionResourceVersion { get; init; }

    public bool DryRun { get; init; }
}
