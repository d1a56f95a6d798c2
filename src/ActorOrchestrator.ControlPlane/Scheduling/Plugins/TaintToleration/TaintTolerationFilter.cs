using ActorOrchestrator.ControlPlane.Scheduling.Cache;
using ActorOrchestrator.ControlPlane.Scheduling.Framework;

namespace ActorOrchestrator.ControlPlane.Scheduling.Plugins.TaintToleration;

/// <summary>Keeps pods off nodes with a NoSchedule or NoExecute taint they do not tolerate (not-ready and unreachable nodes included).</summary>
internal sealed class TaintTolerationFilter : IFilterPlugin
{
    public string Name => "TaintToleration";

    public bool Filter(PodInfo pod, NodeInfo node, List<string> reasons)
    {
        var taints = node.Specifics!.Taints;
        for (var i = 0; i < taints.Count; i++)
        {
            var taint = taints[i];
            if (taint.Effect is "NoSchedule" or "NoExecute" && !TaintTolerance.AnyTolerates(pod.Pod.Spec.Tolerations, taint))
            {
                reasons.Add($"node(s) had untolerated taint {{{taint.Key}: {taint.Value}}}");
                return false;
            }
        }
        return true;
    }
}
