namespace ActorOrchestrator.Api.Core;

/// <summary>Kubernetes' core/v1 KeyToPath.</summary>
public sealed record KeyToPath
{
    public string? Key { get; init; }

    public string? Path { get; init; }

    public int? Mode { get; init; }
}
