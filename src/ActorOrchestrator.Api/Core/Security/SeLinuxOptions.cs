namespace ActorOrchestrator.Api.Core;

/// <summary>Kubernetes' core/v1 SELinuxOptions.</summary>
public sealed record SeLinuxOptions
{
    public string? User { get; init; }

    public string? Role { get; init; }

    public string? Type { get; init; }

    public string? Level { get; init; }
}
