using ActorOrchestrator.ControlPlane.Scheduling.Cache;
using ActorOrchestrator.ControlPlane.Scheduling.Framework;

namespace ActorOrchestrator.ControlPlane.Scheduling.Plugins.NodeAffinity;

/// <summary>
/// Keeps a pod on nodes whose labels match its <c>nodeSelector</c> and, when it has one, its required node affinity
/// (<c>requiredDuringSchedulingIgnoredDuringExecution</c>: any one term, every expression and field in it).
/// </summary>
internal sealed class NodeAffinityFilter : IFilterPlugin
{
    public const string Reason = "node(s) didn't match Pod's node affinity/selector";

    public string Name => "NodeAffinity";

    public bool Filter(PodInfo pod, NodeInfo node, List<string> reasons)
    {
        var spec = pod.Pod.Spec;
        var labels = node.Specifics!.Labels;
        if (spec.NodeSelector is { Count: > 0 } selector)
        {
            foreach (var (key, value) in selector)
            {
                if (!labels.TryGetValue(key, out var actual) || actual != value)
                {
                    reasons.Add(Reason);
                    return false;
                }
            }
        }
        if (spec.Affinity?.NodeAffinity?.RequiredDuringSchedulingIgnoredDuringExecution is { } required
            && !NodeSelectorMatch.Matches(required, node.Name, labels))
        {
            reasons.Add(Reason);
            return false;
        }
        return true;
    }
}
