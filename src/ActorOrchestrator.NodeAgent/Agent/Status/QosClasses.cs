using ActorOrchestrator.Api.Core;

namespace ActorOrchestrator.NodeAgent.Agent.Status;

/// <summary>Kubernetes' QoS class of a pod: Guaranteed, Burstable or BestEffort.</summary>
internal static class QosClasses
{
    public static string Of(PodSpec spec)
    {
        var containers = (spec.Containers ?? []).Concat(spec.InitContainers ?? []).ToArray();
        var any = containers.Any(container =>
            container.Resources?.Requests?.Any(pair => !pair.Value.IsZero) == true ||
            container.Resources?.Limits?.Any(pair => !pair.Value.IsZero) == true);
        if (!any)
        {
            return "BestEffort";
        }

        var guaranteed = containers.All(container =>
        {
            var limits = container.Resources?.Limits;
            var requests = container.Resources?.Requests;
            return limits is not null
                && limits.TryGetValue("cpu", out var cpu) && limits.TryGetValue("memory", out var memory)
                && (requests is null || ((!requests.TryGetValue("cpu", out var cpuRequest) || cpuRequest.Equals(cpu))
                                         && (!requests.TryGetValue("memory", out var memoryRequest) || memoryRequest.Equals(memory))));
        });
        return guaranteed ? "Guaranteed" : "Burstable";
    }
}
