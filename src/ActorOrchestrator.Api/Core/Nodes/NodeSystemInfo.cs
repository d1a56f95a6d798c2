namespace ActorOrchestrator.Api.Core;

/// <summary>Kubernetes' core/v1 NodeSystemInfo.</summary>
public sealed record NodeSystemInfo
{
    public string? MachineID { get; init; }

    public string? SystemUUID { get; init; }

    public string? BootID { get; init; }

    public string? KernelVersion { get; init; }

    public string? OsImage { get; init; }

    public string? ContainerRuntimeVersion { get; init; }

    public string? KubeletVersion { get; init; }

    public string? KubeProxyVersion { get; init; }

    public string? OperatingSystem { get; init; }

    public string? Architecture { get; init; }

    public NodeSwapStatus? Swap { get; init; }
}
