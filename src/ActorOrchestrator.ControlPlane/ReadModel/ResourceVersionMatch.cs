namespace ActorOrchestrator.ControlPlane.ReadModel;

/// <summary>How a list's <see cref="ListRequest.ResourceVersion"/> is read, as Kubernetes' <c>resourceVersionMatch</c>.</summary>
public enum ResourceVersionMatch
{
    /// <summary>The view's current state, once it has reached the resourceVersion (Kubernetes' default for a non-zero one).</summary>
    NotOlderThan,

    /// <summary>The state exactly at the resourceVersion (410 Gone once it has left the watch window).</summary>
    Exact,
}
