using System.Text.Json.Serialization;

namespace ActorOrchestrator.Api.Core;

/// <summary>Kubernetes' core/v1 ContainerPort.</summary>
public sealed record ContainerPort
{
    public string? Name { get; init; }

    public int? HostPort { get; init; }

    [JsonPropertyName("containerPort")]
    public int? Port { get; init; }

    public string? Protocol { get; init; }

    public string? HostIP { get; init; }
}
