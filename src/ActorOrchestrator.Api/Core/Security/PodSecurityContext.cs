namespace ActorOrchestrator.Api.Core;

/// <summary>Kubernetes' core/v1 PodSecurityContext (pod level).</summary>
public sealed record PodSecurityContext
{
    public SeLinuxOptions? SeLinuxOptions { get; init; }

    public WindowsSecurityContextOptions? WindowsOptions { get; init; }

    public long? RunAsUser { get; init; }

    public long? RunAsGroup { get; init; }

    public bool? RunAsNonRoot { get; init; }

    public IReadOnlyList<long>? SupplementalGroups { get; init; }

    public string? SupplementalGroupsPolicy { get; init; }

    public long? FsGroup { get; init; }

    public IReadOnlyList<Sysctl>? Sysctls { get; init; }

    public string? FsGroupChangePolicy { get; init; }

    public SeccompProfile? SeccompProfile { get; init; }

    public AppArmorProfile? AppArmorProfile { get; init; }

    public string? SeLinuxChangePolicy { get; init; }
}
