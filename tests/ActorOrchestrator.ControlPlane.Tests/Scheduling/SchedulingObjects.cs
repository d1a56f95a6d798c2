using ActorOrchestrator.Api;
using ActorOrchestrator.Api.Core;
using ActorOrchestrator.Api.Meta;
using ActorOrchestrator.Api.Quantities;
using ActorOrchestrator.ControlPlane.Events;
using ActorOrchestrator.ControlPlane.Scheduling.Cache;

namespace ActorOrchestrator.ControlPlane.Tests.Scheduling;

/// <summary>Nodes and pods as the scheduler's specs need them.</summary>
internal static class SchedulingObjects
{
    public static Node Node(
        string name, string cpu = "4", string memory = "8Gi", int pods = 110, IReadOnlyDictionary<string, string>? labels = null,
        string ready = "True", bool unschedulable = false, IReadOnlyList<Taint>? taints = null) =>
        new()
        {
            Metadata = new ObjectMeta { Name = name, Uid = $"uid-{name}", Labels = labels ?? new Dictionary<string, string> { ["kubernetes.io/hostname"] = name } },
            Spec = new NodeSpec { Unschedulable = unschedulable ? true : null, Taints = taints },
            Status = new NodeStatus
            {
                Allocatable = new Dictionary<string, Quantity>
                {
                    ["cpu"] = Quantity.Parse(cpu), ["memory"] = Quantity.Parse(memory), ["pods"] = Quantity.FromInt64(pods),
                    ["ephemeral-storage"] = Quantity.Parse("100Gi"),
                },
                Conditions = [new NodeCondition { Type = "Ready", Status = ready }],
            },
        };

    public static Pod Pod(
        string name, string? cpu = "100m", string? memory = "128Mi", string? nodeName = null, string? owner = null,
        Func<PodSpec, PodSpec>? spec = null, string? phase = "Pending")
    {
        var requests = new Dictionary<string, Quantity>();
        if (cpu is not null)
        {
            requests["cpu"] = Quantity.Parse(cpu);
        }
        if (memory is not null)
        {
            requests["memory"] = Quantity.Parse(memory);
        }
        var podSpec = new PodSpec
        {
            NodeName = nodeName,
            Containers = [new Container { Name = "app", Image = "nginx", Resources = new ResourceRequirements { Requests = requests } }],
        };
        return new Pod
        {
            Metadata = new ObjectMeta
            {
                Name = name, Namespace = "default", Uid = $"uid-{name}", Generation = 1,
                OwnerReferences = owner is null ? null : [new OwnerReference { ApiVersion = "apps/v1", Kind = "ReplicaSet", Name = owner, Uid = $"uid-{owner}", Controller = true }],
            },
            Spec = spec is null ? podSpec : spec(podSpec),
            Status = new PodStatus { Phase = phase },
        };
    }

    public static PodInfo Info(Pod pod) => PodInfo.From(pod, ResourceKey.Of(pod));

    public static PodInfo PendingInfo(string name, string? cpu = "100m", string? memory = "128Mi", string? owner = null, Func<PodSpec, PodSpec>? spec = null) =>
        Info(Pod(name, cpu, memory, owner: owner, spec: spec));

    /// <summary>A cache holding these nodes, each described and in the search order given.</summary>
    public static SchedulerCache Cache(params Node[] nodes)
    {
        var cache = new SchedulerCache();
        foreach (var node in nodes)
        {
            cache.SetNode(node);
        }
        return cache;
    }

    /// <summary>A lone node as the filters see it, with these pods counted on it.</summary>
    public static NodeInfo NodeInfo(Node node, params Pod[] pods)
    {
        var cache = Cache(node);
        foreach (var pod in pods)
        {
            cache.SetPod(Info(pod with { Spec = pod.Spec with { NodeName = node.Metadata.Name } }));
        }
        return cache.Node(node.Metadata.Name!)!;
    }

    public static ResourceKey Key(string podName) => new(ResourceKinds.Pod, "default", podName);
}
