namespace ActorOrchestrator.Api.Core;

/// <summary>Kubernetes' core/v1 LinuxContainerUser.</summary>
public sealed record LinuxContainerUser
{
    public long? Uid { get; init; }

    public long? Gid { get; init; }

    public IReadOnlyList<long>? SupplementalGroups { get; init; }
}
