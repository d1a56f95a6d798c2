using System.Text.Json.Serialization;

namespace ActorOrchestrator.Api.Meta;

/// <summary>Kubernetes' <c>metav1.Status</c>: the body of every error answer.</summary>
public sealed record Status
{
    public string ApiVersion { get; init; } = "v1";

    public string Kind { get; init; } = "Status";

    public ListMeta Metadata { get; init; } = new();

    /// <summary>"Success" or "Failure" (the JSON field <c>status</c>).</summary>
    [JsonPropertyName("status")]
    public string? Outcome { get; init; }

    public string? Message { get; init; }

    public string? Reason { get; init; }

    public StatusDetails? Details { get; init; }

    public int? Code { get; init; }
}
