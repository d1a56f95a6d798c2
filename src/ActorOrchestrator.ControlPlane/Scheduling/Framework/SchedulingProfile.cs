using ActorOrchestrator.ControlPlane.Scheduling.Plugins.LeastAllocated;
using ActorOrchestrator.ControlPlane.Scheduling.Plugins.NodeAffinity;
using ActorOrchestrator.ControlPlane.Scheduling.Plugins.NodePorts;
using ActorOrchestrator.ControlPlane.Scheduling.Plugins.NodeResourcesFit;
using ActorOrchestrator.ControlPlane.Scheduling.Plugins.NodeUnschedulable;
using ActorOrchestrator.ControlPlane.Scheduling.Plugins.OwnerSpread;
using ActorOrchestrator.ControlPlane.Scheduling.Plugins.TaintToleration;

namespace ActorOrchestrator.ControlPlane.Scheduling.Framework;

/// <summary>The filters a node must pass, in order (the first failing one gives the node's reasons), and the weighted scores.</summary>
internal sealed record SchedulingProfile(IReadOnlyList<IFilterPlugin> Filters, IReadOnlyList<WeightedScore> Scores)
{
    /// <summary>Kubernetes' default order of the filters this scheduler has, and the scores weighted as configured.</summary>
    public static SchedulingProfile From(SchedulerSettings settings) =>
        new(
            [
                new NodeUnschedulableFilter(), new TaintTolerationFilter(), new NodeAffinityFilter(), new NodePortsFilter(),
                new NodeResourcesFitFilter(),
            ],
            new WeightedScore[] { new(new LeastAllocatedScore(), settings.LeastAllocatedWeight), new(new OwnerSpreadScore(), settings.OwnerSpreadWeight) }
                .Where(score => score.Weight > 0)
                .ToList());
}
