namespace ActorOrchestrator.Api.Meta;

/// <summary>Kubernetes' <c>metav1.ObjectMeta</c>.</summary>
public sealed record ObjectMeta
{
    public string? Name { get; init; }

    public string? GenerateName { get; init; }

    public string? Namespace { get; init; }

    public string? SelfLink { get; init; }

    public string? Uid { get; init; }

    public string? ResourceVersion { get; init; }

    public long? Generation { get; init; }

    public DateTimeOffset? CreationTimestamp { get; init; }

    public DateTimeOffset? DeletionTimestamp { get; init; }

    public long? DeletionGracePeriodSeconds { get; init; }

    public IReadOnlyDictionary<string, string>? Labels { get; init; }

    public IReadOnlyDictionary<string, string>? Annotations { get; init; }

    [PatchStrategy("merge", MergeKey = "uid")]
    public IReadOnlyList<OwnerReference>? OwnerReferences { get; init; }

    [PatchStrategy("merge")]
    public IReadOnlyList<string>? Finalizers { get; init; }

    public IReadOnlyList<ManagedFieldsEntry>? ManagedFields { get; init; }
}
