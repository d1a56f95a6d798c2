namespace ActorOrchestrator.Api.Meta;

/// <summary>Kubernetes' <c>metav1.ListMeta</c>.</summary>
public sealed record ListMeta
{
    public string? SelfLink { get; init; }

    public string? ResourceVersion { get; init; }

    public string? Continue { get; init; }

    public long? RemainingItemCount { get; init; }
}
