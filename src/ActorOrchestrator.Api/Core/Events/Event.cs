using System.Text.Json.Serialization;
using ActorOrchestrator.Api.Meta;
using ActorOrchestrator.Api.Serialization;

namespace ActorOrchestrator.Api.Core;

/// <summary>Kubernetes' core/v1 Event.</summary>
public sealed record Event : IKubernetesObject
{
    public string? ApiVersion { get; init; } = "v1";

    public string? Kind { get; init; } = "Event";

    public ObjectMeta Metadata { get; init; } = new();

    public ObjectReference InvolvedObject { get; init; } = new();

    public string? Reason { get; init; }

    public string? Message { get; init; }

    public EventSource? Source { get; init; }

    public DateTimeOffset? FirstTimestamp { get; init; }

    public DateTimeOffset? LastTimestamp { get; init; }

    public int? Count { get; init; }

    public string? Type { get; init; }

    [JsonConverter(typeof(MicroTimeJsonConverter))]
    public DateTimeOffset? EventTime { get; init; }

    public EventSeries? Series { get; init; }

    public string? Action { get; init; }

    public ObjectReference? Related { get; init; }

    public string? ReportingComponent { get; init; }

    public string? ReportingInstance { get; init; }
}
