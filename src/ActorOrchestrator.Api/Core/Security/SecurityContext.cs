namespace ActorOrchestrator.Api.Core;

/// <summary>Kubernetes' core/v1 SecurityContext (container level).</summary>
public sealed record SecurityContext
{
    public Capabilities? Capabilities { get; init; }

    public bool? Privileged { get; init; }

    public SeLinuxOptions? SeLinuxOptions { get; init; }

    public WindowsSecurityContextOptions? WindowsOptions { get; init; }

    public long? RunAsUser { get; init; }

    public long? RunAsGroup { get; init; }

    public bool? RunAsNonRoot { get; init; }

    public bool? ReadOnlyRootFilesystem { get; init; }

    public bool? AllowPrivilegeEscalation { get; init; }

    public string? ProcMount { get; init; }

    public SeccompProfile? SeccompProfile { get; init; }

    public AppArmorProfile? AppArmorProfile { get; init; }
}
