namespace ActorOrchestrator.Api.Core;

/// <summary>Kubernetes' core/v1 ObjectReference.</summary>
public sealed record ObjectReference
{
    public string? Kind { get; init; }

    public string? Namespace { get; init; }

    public string? Name { get; init; }

    public string? Uid { get; init; }

    public string? ApiVersion { get; init; }

    public string? ResourceVersion { get; init; }

    public string? FieldPath { get; init; }
}
