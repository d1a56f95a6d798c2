namespace ActorOrchestrator.Api.Core;

/// <summary>Kubernetes' core/v1 WindowsSecurityContextOptions.</summary>
public sealed record WindowsSecurityContextOptions
{
    public string? GmsaCredentialSpecName { get; init; }

    public string? GmsaCredentialSpec { get; init; }

    public string? RunAsUserName { get; init; }

    public bool? HostProcess { get; init; }
}
