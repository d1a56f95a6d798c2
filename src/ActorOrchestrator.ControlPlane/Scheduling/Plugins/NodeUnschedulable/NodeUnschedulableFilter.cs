using ActorOrchestrator.Api.Core;
using ActorOrchestrator.ControlPlane.Scheduling.Cache;
using ActorOrchestrator.ControlPlane.Scheduling.Framework;
using ActorOrchestrator.ControlPlane.Scheduling.Plugins.TaintToleration;

namespace ActorOrchestrator.ControlPlane.Scheduling.Plugins.NodeUnschedulable;

/// <summary>Keeps pods off cordoned nodes (<c>spec.unschedulable</c>), unless they tolerate Kubernetes' unschedulable taint.</summary>
internal sealed class NodeUnschedulableFilter : IFilterPlugin
{
    public const string Reason = "node(s) were unschedulable";

    private static readonly Taint Cordoned = new() { Key = NodeSpecifics.UnschedulableTaint, Effect = "NoSchedule" };

    public string Name => "NodeUnschedulable";

    public bool Filter(PodInfo pod, NodeInfo node, List<string> reasons)
    {
        if (!node.Specifics!.Unschedulable || TaintTolerance.AnyTolerates(pod.Pod.Spec.Tolerations, Cordoned))
        {
            return true;
        }
        reasons.Add(Reason);
        return false;
    }
}
