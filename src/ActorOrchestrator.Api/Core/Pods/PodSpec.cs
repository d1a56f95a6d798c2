using ActorOrchestrator.Api.Meta;
using ActorOrchestrator.Api.Quantities;

namespace ActorOrchestrator.Api.Core;

/// <summary>Kubernetes' core/v1 PodSpec, every field.</summary>
public sealed record PodSpec
{
    [PatchStrategy("merge,retainKeys", MergeKey = "name")]
    public IReadOnlyList<Volume>? Volumes { get; init; }

    [PatchStrategy("merge", MergeKey = "name")]
    public IReadOnlyList<Container>? InitContainers { get; init; }

    [PatchStrategy("merge", MergeKey = "name")]
    public IReadOnlyList<Container>? Containers { get; init; }

    [PatchStrategy("merge", MergeKey = "name")]
    public IReadOnlyList<EphemeralContainer>? EphemeralContainers { get; init; }

    public string? RestartPolicy { get; init; }

    public long? TerminationGracePeriodSeconds { get; init; }

    public long? ActiveDeadlineSeconds { get; init; }

    public string? DnsPolicy { get; init; }

    public IReadOnlyDictionary<string, string>? NodeSelector { get; init; }

    public string? ServiceAccountName { get; init; }

    public string? ServiceAccount { get; init; }

    public bool? AutomountServiceAccountToken { get; init; }

    public string? NodeName { get; init; }

    public bool? HostNetwork { get; init; }

    public bool? HostPID { get; init; }

    public bool? HostIPC { get; init; }

    public bool? ShareProcessNamespace { get; init; }

    public PodSecurityContext? SecurityContext { get; init; }

    [PatchStrategy("merge", MergeKey = "name")]
    public IReadOnlyList<LocalObjectReference>? ImagePullSecrets { get; init; }

    public string? Hostname { get; init; }

    public string? Subdomain { get; init; }

    public Affinity? Affinity { get; init; }

    public string? SchedulerName { get; init; }

    public IReadOnlyList<Toleration>? Tolerations { get; init; }

    [PatchStrategy("merge", MergeKey = "ip")]
    public IReadOnlyList<HostAlias>? HostAliases { get; init; }

    public string? PriorityClassName { get; init; }

    public int? Priority { get; init; }

    public PodDnsConfig? DnsConfig { get; init; }

    public IReadOnlyList<PodReadinessGate>? ReadinessGates { get; init; }

    public string? RuntimeClassName { get; init; }

    public bool? EnableServiceLinks { get; init; }

    public string? PreemptionPolicy { get; init; }

    public IReadOnlyDictionary<string, Quantity>? Overhead { get; init; }

    [PatchStrategy("merge", MergeKey = "topologyKey")]
    public IReadOnlyList<TopologySpreadConstraint>? TopologySpreadConstraints { get; init; }

    public bool? SetHostnameAsFQDN { get; init; }

    public PodOS? Os { get; init; }

    public bool? HostUsers { get; init; }

    [PatchStrategy("merge", MergeKey = "name")]
    public IReadOnlyList<PodSchedulingGate>? SchedulingGates { get; init; }

    [PatchStrategy("merge,retainKeys", MergeKey = "name")]
    public IReadOnlyList<PodResourceClaim>? ResourceClaims { get; init; }

    public ResourceRequirements? Resources { get; init; }

    public string? HostnameOverride { get; init; }
}
