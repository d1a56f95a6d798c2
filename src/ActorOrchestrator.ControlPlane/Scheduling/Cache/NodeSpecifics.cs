using ActorOrchestrator.Api.Core;
using ActorOrchestrator.Api.Quantities;

namespace ActorOrchestrator.ControlPlane.Scheduling.Cache;

/// <summary>
/// What a Node object says that matters for placement. Records compare by value, so a node update that changed
/// none of it (a heartbeat) is told apart from one that may let waiting pods in.
/// </summary>
internal sealed record NodeSpecifics
{
    /// <summary>Kubernetes' taint on nodes whose Ready condition is False (or missing).</summary>
    public const string NotReadyTaint = "node.kubernetes.io/not-ready";

    /// <summary>Kubernetes' taint on nodes whose Ready condition is Unknown.</summary>
    public const string UnreachableTaint = "node.kubernetes.io/unreachable";

    /// <summary>The taint a cordoned node is treated as having; pods tolerating it may still go there.</summary>
    public const string UnschedulableTaint = "node.kubernetes.io/unschedulable";

    /// <summary>The kubelet's default <c>max-pods</c>, assumed when a node does not state allocatable pods.</summary>
    public const int DefaultMaxPods = 110;

    public required Node Node { get; init; }

    public IReadOnlyDictionary<string, string> Labels { get; init; } = new Dictionary<string, string>();

    /// <summary>The node's taints, plus not-ready or unreachable when its Ready condition is not True.</summary>
    public IReadOnlyList<Taint> Taints { get; init; } = [];

    public bool Unschedulable { get; init; }

    public PodResources Allocatable { get; init; }

    public int AllowedPods { get; init; }

    public static NodeSpecifics From(Node node)
    {
        var offered = node.Status?.Allocatable ?? node.Status?.Capacity ?? new Dictionary<string, Quantity>();
        return new NodeSpecifics
        {
            Node = node,
            Labels = node.Metadata.Labels ?? new Dictionary<string, string>(),
            Taints = EffectiveTaints(node),
            Unschedulable = node.Spec.Unschedulable == true,
            Allocatable = new PodResources(
                offered.TryGetValue("cpu", out var cpu) ? cpu.MilliValue : 0,
                offered.TryGetValue("memory", out var memory) ? memory.Value : 0,
                offered.TryGetValue("ephemeral-storage", out var ephemeral) ? ephemeral.Value : 0),
            AllowedPods = offered.TryGetValue("pods", out var pods) ? (int)Math.Min(pods.Value, int.MaxValue) : DefaultMaxPods,
        };
    }

    /// <summary>Equal in everything placement looks at (the Node object itself, with its heartbeat times, is left out).</summary>
    public bool SchedulesLike(NodeSpecifics? other) =>
        other is not null
        && Unschedulable == other.Unschedulable
        && Allocatable == other.Allocatable
        && AllowedPods == other.AllowedPods
        && Taints.SequenceEqual(other.Taints, TaintComparer.Instance)
        && Labels.Count == other.Labels.Count
        && Labels.All(label => other.Labels.TryGetValue(label.Key, out var value) && value == label.Value);

    private static List<Taint> EffectiveTaints(Node node)
    {
        var taints = new List<Taint>(node.Spec.Taints ?? []);
        var ready = node.Status?.Conditions?.FirstOrDefault(c => c.Type == "Ready")?.Status;
        var implicitKey = ready switch
        {
            "True" => null,
            "Unknown" => UnreachableTaint,
            _ => NotReadyTaint,
        };
        if (implicitKey is not null && !taints.Any(t => t.Key == implicitKey))
        {
            taints.Add(new Taint { Key = implicitKey, Effect = "NoSchedule" });
        }
        return taints;
    }

    private sealed class TaintComparer : IEqualityComparer<Taint>
    {
        public static readonly TaintComparer Instance = new();

        public bool Equals(Taint? x, Taint? y) => x?.Key == y?.Key && x?.Value == y?.Value && x?.Effect == y?.Effect;

        public int GetHashCode(Taint obj) => HashCode.Combine(obj.Key, obj.Value, obj.Effect);
    }
}
