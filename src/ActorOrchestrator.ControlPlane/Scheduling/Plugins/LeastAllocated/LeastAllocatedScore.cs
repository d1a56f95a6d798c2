using ActorOrchestrator.ControlPlane.Scheduling.Cache;
using ActorOrchestrator.ControlPlane.Scheduling.Framework;

namespace ActorOrchestrator.ControlPlane.Scheduling.Plugins.LeastAllocated;

/// <summary>
/// Favours the nodes that would keep the largest share of their cpu and memory free with the pod on them
/// (Kubernetes' NodeResourcesFit LeastAllocated strategy, cpu and memory weighted alike).
/// </summary>
internal sealed class LeastAllocatedScore : IScorePlugin
{
    public string Name => "LeastAllocated";

    public long Score(PodInfo pod, NodeInfo node)
    {
        var allocatable = node.Specifics!.Allocatable;
        var requested = node.ScoringRequested + pod.ScoringRequests;
        return (FreeShare(allocatable.CpuMilli, requested.CpuMilli) + FreeShare(allocatable.Memory, requested.Memory)) / 2;
    }

    public void Normalize(PodInfo pod, Span<long> scores)
    {
    }

    private static long FreeShare(long allocatable, long requested) =>
        allocatable <= 0 || requested > allocatable ? 0 : (allocatable - requested) * 100 / allocatable;
}
