using ActorOrchestrator.Api.Meta;
using ActorOrchestrator.Api.Selectors;

namespace ActorOrchestrator.ControlPlane.ReadModel;

/// <summary>A LIST: the objects of one kind, optionally in one namespace, selected and paged.</summary>
/// <param name="Kind">The kind listed.</param>
public sealed record ListRequest(ResourceKind Kind)
{
    /// <summary>The namespace listed; null lists every namespace. Ignored for cluster-scoped kinds.</summary>
    public string? Namespace { get; init; }

    public LabelMatcher LabelSelector { get; init; } = LabelMatcher.Everything;

    public FieldMatcher FieldSelector { get; init; } = FieldMatcher.Everything;

    /// <summary>Most items in this page; null or 0 for all.</summary>
    public int? Limit { get; init; }

    /// <summary>The continue token of the previous page; the page is read at that page's resourceVersion.</summary>
    public string? Continue { get; init; }

    /// <summary>The resourceVersion parameter; null or 0 means the current state.</summary>
    public long? ResourceVersion { get; init; }

    public ResourceVersionMatch ResourceVersionMatch { get; init; } = ResourceVersionMatch.NotOlderThan;
}
