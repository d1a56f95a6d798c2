namespace ActorOrchestrator.ControlPlane.ReadModel;

/// <summary>A page of a LIST.</summary>
/// <param name="Items">The objects, in key order (namespace, then name).</param>
/// <param name="ResourceVersion">The resourceVersion the list was read at: a watch from it misses nothing.</param>
/// <param name="Continue">The token for the next page; null when this is the last.</param>
/// <param name="RemainingItemCount">Objects after this page, when known (paged lists without selectors, as Kubernetes).</param>
public sealed record ListResult(IReadOnlyList<ViewObject> Items, long ResourceVersion, string? Continue, long? RemainingItemCount);
