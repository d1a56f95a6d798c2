using ActorOrchestrator.ControlPlane.Scheduling.Cache;
using ActorOrchestrator.ControlPlane.Scheduling.Framework;

namespace ActorOrchestrator.ControlPlane.Scheduling.Plugins.NodePorts;

/// <summary>Keeps a pod off nodes where a host port it asks for is already taken.</summary>
internal sealed class NodePortsFilter : IFilterPlugin
{
    public const string Reason = "node(s) didn't have free ports for the requested pod ports";

    public string Name => "NodePorts";

    public bool Filter(PodInfo pod, NodeInfo node, List<string> reasons)
    {
        if (pod.HostPorts.Count == 0 || node.UsedPorts.Count == 0)
        {
            return true;
        }
        foreach (var wanted in pod.HostPorts)
        {
            foreach (var used in node.UsedPorts)
            {
                if (wanted.ConflictsWith(used))
                {
                    reasons.Add(Reason);
                    return false;
                }
            }
        }
        return true;
    }
}
