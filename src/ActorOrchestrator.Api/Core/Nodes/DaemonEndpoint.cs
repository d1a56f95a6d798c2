using System.Text.Json.Serialization;

namespace ActorOrchestrator.Api.Core;

/// <summary>Kubernetes' core/v1 DaemonEndpoint (its one field is spelled "Port" on the wire).</summary>
public sealed record DaemonEndpoint
{
    [JsonPropertyName("Port")]
    public int? Port { get; init; }
}
