using System.Text.Json;

namespace ActorOrchestrator.Api.Meta;

/// <summary>Kubernetes' <c>metav1.ManagedFieldsEntry</c>: which manager owns which fields (server-side apply).</summary>
public sealed record ManagedFieldsEntry
{
    public string? Manager { get; init; }

    public string? Operation { get; init; }

    public string? ApiVersion { get; init; }

    public DateTimeOffset? Time { get; init; }

    public string? FieldsType { get; init; }

    /// <summary>The <c>FieldsV1</c> trie (<c>f:spec</c>, <c>k:{"name":"x"}</c>, <c>v:...</c>) kept as raw JSON.</summary>
    public JsonElement? FieldsV1 { get; init; }

    public string? Subresource { get; init; }
}
