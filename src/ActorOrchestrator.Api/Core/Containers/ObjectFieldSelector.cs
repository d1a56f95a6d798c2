namespace ActorOrchestrator.Api.Core;

/// <summary>Kubernetes' core/v1 ObjectFieldSelector (downward API field).</summary>
public sealed record ObjectFieldSelector
{
    public string? ApiVersion { get; init; }

    public string? FieldPath { get; init; }
}
