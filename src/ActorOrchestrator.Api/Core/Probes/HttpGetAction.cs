using ActorOrchestrator.Api.Quantities;

namespace ActorOrchestrator.Api.Core;

/// <summary>Kubernetes' core/v1 HTTPGetAction.</summary>
public sealed record HttpGetAction
{
    public string? Path { get; init; }

    public IntOrString? Port { get; init; }

    public string? Host { get; init; }

    public string? Scheme { get; init; }

    public IReadOnlyList<HttpHeader>? HttpHeaders { get; init; }
}
