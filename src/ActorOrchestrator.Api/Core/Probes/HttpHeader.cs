namespace ActorOrchestrator.Api.Core;

/// <summary>Kubernetes' core/v1 HTTPHeader.</summary>
public sealed record HttpHeader
{
    public string? Name { get; init; }

    public string? Value { get; init; }
}
