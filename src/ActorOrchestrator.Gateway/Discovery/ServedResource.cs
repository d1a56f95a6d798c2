using ActorOrchestrator.Api.Meta;

namespace ActorOrchestrator.Gateway.Discovery;

/// <summary>How discovery describes one served kind: its verbs, categories and subresources.</summary>
internal sealed record ServedResource(ResourceKind Kind, IReadOnlyList<string> Categories, IReadOnlyList<ServedSubresource> Subresources)
{
    public static readonly IReadOnlyList<string> Verbs = ["create", "delete", "deletecollection", "get", "list", "patch", "update", "watch"];
}
