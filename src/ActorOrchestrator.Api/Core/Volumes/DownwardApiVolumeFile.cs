namespace ActorOrchestrator.Api.Core;

/// <summary>Kubernetes' core/v1 DownwardAPIVolumeFile.</summary>
public sealed record DownwardApiVolumeFile
{
    public string? Path { get; init; }

    public ObjectFieldSelector? FieldRef { get; init; }

    public ResourceFieldSelector? ResourceFieldRef { get; init; }

    public int? Mode { get; init; }
}
