using ActorOrchestrator.Api.Meta;

namespace ActorOrchestrator.Api.Core;

/// <summary>Kubernetes' core/v1 PersistentVolumeClaimSpec.</summary>
public sealed record PersistentVolumeClaimSpec
{
    public IReadOnlyList<string>? AccessModes { get; init; }

    public LabelSelector? Selector { get; init; }

    public VolumeResourceRequirements? Resources { get; init; }

    public string? VolumeName { get; init; }

    public string? StorageClassName { get; init; }

    public string? VolumeMode { get; init; }

    public TypedLocalObjectReference? DataSource { get; init; }

    public TypedObjectReference? DataSourceRef { get; init; }

    public string? VolumeAttributesClassName { get; init; }
}
