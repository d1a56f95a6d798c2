using ActorOrchestrator.ControlPlane.Scheduling.Cache;
using ActorOrchestrator.ControlPlane.Scheduling.Framework;

namespace ActorOrchestrator.ControlPlane.Scheduling.Plugins.NodeResourcesFit;

/// <summary>
/// Keeps a pod off nodes whose allocatable cpu, memory or ephemeral storage, less what the pods counted there request,
/// is less than it requests, and off nodes already holding as many pods as they allow. Gives every shortage, as Kubernetes.
/// </summary>
internal sealed class NodeResourcesFitFilter : IFilterPlugin
{
    public string Name => "NodeResourcesFit";

    public bool Filter(PodInfo pod, NodeInfo node, List<string> reasons)
    {
        var specifics = node.Specifics!;
        var allocatable = specifics.Allocatable;
        var requested = node.Requested;
        var wanted = pod.Requests;
        var fits = true;
        if (node.PodCount + 1 > specifics.AllowedPods)
        {
            reasons.Add("Too many pods");
            fits = false;
        }
        if (wanted.CpuMilli > 0 && allocatable.CpuMilli < requested.CpuMilli + wanted.CpuMilli)
        {
            reasons.Add("Insufficient cpu");
            fits = false;
        }
        if (wanted.Memory > 0 && allocatable.Memory < requested.Memory + wanted.Memory)
        {
            reasons.Add("Insufficient memory");
            fits = false;
        }
        if (wanted.EphemeralStorage > 0 && allocatable.EphemeralStorage < requested.EphemeralStorage + wanted.EphemeralStorage)
        {
            reasons.Add("Insufficient ephemeral-storage");
            fits = false;
        }
        return fits;
    }
}
