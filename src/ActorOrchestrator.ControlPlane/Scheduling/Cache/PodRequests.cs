using ActorOrchestrator.Api.Core;
using ActorOrchestrator.Api.Quantities;

namespace ActorOrchestrator.ControlPlane.Scheduling.Cache;

/// <summary>A pod's resource requests as Kubernetes' scheduler sums them.</summary>
internal static class PodRequests
{
    /// <summary>Kubernetes' scoring default for a container without a cpu request (millicores).</summary>
    public const long DefaultCpuMilli = 100;

    /// <summary>Kubernetes' scoring default for a container without a memory request (bytes).</summary>
    public const long DefaultMemory = 200L * 1024 * 1024;

    /// <summary>
    /// The regular containers and sidecars (init containers with restartPolicy Always) summed; each other init container
    /// runs alone beside the sidecars started before it, so the pod needs the larger of the two; overhead on top.
    /// Pod-level <c>spec.resources.requests</c>, when set, replaces the containers' cpu and memory.
    /// </summary>
    /// <param name="nonZero">Count Kubernetes' defaults for containers without cpu or memory requests (scoring only).</param>
    public static PodResources Compute(PodSpec spec, bool nonZero)
    {
        var running = default(PodResources);
        var initPeak = default(PodResources);
        foreach (var init in spec.InitContainers ?? [])
        {
            var request = Of(init.Resources, nonZero);
            if (init.RestartPolicy == "Always")
            {
                running += request;
                initPeak = initPeak.Max(running);
            }
            else
            {
                initPeak = initPeak.Max(running + request);
            }
        }
        foreach (var container in spec.Containers ?? [])
        {
            running += Of(container.Resources, nonZero);
        }
        var total = running.Max(initPeak);
        if (spec.Resources?.Requests is { } podLevel)
        {
            total = total with
            {
                CpuMilli = podLevel.TryGetValue("cpu", out var cpu) ? cpu.MilliValue : total.CpuMilli,
                Memory = podLevel.TryGetValue("memory", out var memory) ? memory.Value : total.Memory,
            };
        }
        return total + Of(spec.Overhead, nonZero: false);
    }

    private static PodResources Of(ResourceRequirements? resources, bool nonZero) => Of(resources?.Requests, nonZero);

    private static PodResources Of(IReadOnlyDictionary<string, Quantity>? requests, bool nonZero)
    {
        long cpu = 0, memory = 0, ephemeral = 0;
        if (requests is not null)
        {
            cpu = requests.TryGetValue("cpu", out var c) ? c.MilliValue : 0;
            memory = requests.TryGetValue("memory", out var m) ? m.Value : 0;
            ephemeral = requests.TryGetValue("ephemeral-storage", out var e) ? e.Value : 0;
        }
        if (nonZero)
        {
            cpu = cpu == 0 ? DefaultCpuMilli : cpu;
            memory = memory == 0 ? DefaultMemory : memory;
        }
        return new PodResources(cpu, memory, ephemeral);
    }
}
