using ActorOrchestrator.Api.Meta;
using ActorOrchestrator.Api.Selectors;

namespace ActorOrchestrator.ControlPlane.ReadModel;

/// <summary>A WATCH of one kind, optionally in one namespace and selected.</summary>
/// <param name="Kind">The kind watched.</param>
public sealed record WatchRequest(ResourceKind Kind)
{
    /// <summary>The namespace watched; null watches every namespace. Ignored for cluster-scoped kinds.</summary>
    public string? Namespace { get; init; }

    public LabelMatcher LabelSelector { get; init; } = LabelMatcher.Everything;

    public FieldMatcher FieldSelector { get; init; } = FieldMatcher.Everything;

    /// <summary>
    /// Deliver the changes after this resourceVersion. Null or 0 first delivers every selected object as ADDED (at the
    /// current state), then the changes after it.
    /// </summary>
    public long? ResourceVersion { get; init; }

    /// <summary>Whether BOOKMARK events may be sent (Kubernetes' <c>allowWatchBookmarks</c>).</summary>
    public bool AllowBookmarks { get; init; }
}
