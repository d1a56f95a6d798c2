using System.Text.Json.Serialization;
using ActorOrchestrator.Api.Serialization;

namespace ActorOrchestrator.Api.Core;

/// <summary>Kubernetes' core/v1 EventSeries.</summary>
public sealed record EventSeries
{
    public int? Count { get; init; }

    [JsonConverter(typeof(MicroTimeJsonConverter))]
    public DateTimeOffset? LastObservedTime { get; init; }
}
