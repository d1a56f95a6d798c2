namespace ActorOrchestrator.ControlPlane.Scheduling.Framework;

/// <summary>Where a pod goes, or, when no node can take it, why in Kubernetes' words.</summary>
/// <param name="NodeName">The chosen node; null when the pod is unschedulable.</param>
/// <param name="Failure">The FailedScheduling message (<c>0/3 nodes are available: ...</c>) when there is no node.</param>
internal readonly record struct Placement(string? NodeName, string? Failure)
{
    public static Placement On(string nodeName) => new(nodeName, null);

    public static Placement Unschedulable(string failure) => new(null, failure);
}
