using ActorOrchestrator.Api.Core;
using ActorOrchestrator.ControlPlane.Events;

namespace ActorOrchestrator.ControlPlane.Scheduling.Cache;

/// <summary>What the scheduler needs to know of one pod, read once from its object.</summary>
internal sealed record PodInfo
{
    public required Pod Pod { get; init; }

    public required ResourceKey Key { get; init; }

    public string? Uid => Pod.Metadata.Uid;

    public long Generation => Pod.Metadata.Generation ?? 0;

    /// <summary>The node the pod is bound to; null while pending.</summary>
    public string? NodeName { get; init; }

    /// <summary>Succeeded or Failed: the pod no longer takes resources.</summary>
    public bool Terminated { get; init; }

    public bool Deleting => Pod.Metadata.DeletionTimestamp is not null;

    public int Priority => Pod.Spec.Priority ?? 0;

    /// <summary>Requests as the fit check counts them: containers summed, init containers at their peak, plus overhead.</summary>
    public PodResources Requests { get; init; }

    /// <summary>Cpu and memory requests as scoring counts them, with Kubernetes' defaults (100m, 200Mi) for containers that request none.</summary>
    public PodResources ScoringRequests { get; init; }

    public IReadOnlyList<HostPort> HostPorts { get; init; } = [];

    /// <summary>The uid of the owner reference marked as controller, whose pods are spread across nodes.</summary>
    public string? ControllerUid { get; init; }

    /// <summary>The <c>PodScheduled</c> condition's reason and message as stored, so an unchanged verdict is not written again.</summary>
    public (string? Reason, string? Message) ScheduledCondition { get; init; }

    public static PodInfo From(Pod pod, ResourceKey key)
    {
        var spec = pod.Spec;
        return new PodInfo
        {
            Pod = pod,
            Key = key,
            NodeName = string.IsNullOrEmpty(spec.NodeName) ? null : spec.NodeName,
            Terminated = pod.Status?.Phase is "Succeeded" or "Failed",
            Requests = PodRequests.Compute(spec, nonZero: false),
            ScoringRequests = PodRequests.Compute(spec, nonZero: true),
            HostPorts = HostPortsOf(spec),
            ControllerUid = pod.Metadata.OwnerReferences?.FirstOrDefault(o => o.Controller == true)?.Uid,
            ScheduledCondition = pod.Status?.Conditions?.FirstOrDefault(c => c.Type == "PodScheduled") is { } condition
                ? (condition.Reason, condition.Message)
                : (null, null),
        };
    }

    /// <summary>
    /// A pod this scheduler should place: unbound, not deleting, not finished, without scheduling gates, and asking for
    /// this scheduler by name (or for none).
    /// </summary>
    public bool IsPendingFor(string schedulerName) =>
        NodeName is null && !Deleting && !Terminated && Pod.Spec.SchedulingGates is not { Count: > 0 }
        && (string.IsNullOrEmpty(Pod.Spec.SchedulerName) || Pod.Spec.SchedulerName == schedulerName);

    /// <summary>Bound and not finished: the pod takes its node's resources (also while it is being deleted).</summary>
    public bool OccupiesNode => NodeName is not null && !Terminated;

    private static List<HostPort> HostPortsOf(PodSpec spec)
    {
        var ports = new List<HostPort>();
        foreach (var container in spec.Containers ?? [])
        {
            foreach (var port in container.Ports ?? [])
            {
                if (port.HostPort is > 0 and var hostPort)
                {
                    var ip = string.IsNullOrEmpty(port.HostIP) ? HostPort.AnyAddress : port.HostIP;
                    ports.Add(new HostPort(ip, string.IsNullOrEmpty(port.Protocol) ? "TCP" : port.Protocol, hostPort));
                }
            }
        }
        return ports;
    }
}
