using ActorOrchestrator.ControlPlane.Scheduling.Cache;

namespace ActorOrchestrator.ControlPlane.Scheduling.Framework;

/// <summary>A check a node must pass to take a pod (Kubernetes' Filter extension point).</summary>
internal interface IFilterPlugin
{
    string Name { get; }

    /// <summary>True when <paramref name="node"/> can take <paramref name="pod"/>; otherwise adds why to <paramref name="reasons"/>, in Kubernetes' words.</summary>
    bool Filter(PodInfo pod, NodeInfo node, List<string> reasons);
}
