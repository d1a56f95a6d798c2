namespace ActorOrchestrator.ControlPlane.ReadModel;

/// <summary>The type of a watch event, as Kubernetes names them on the wire (<c>ADDED</c>, <c>MODIFIED</c>, <c>DELETED</c>, <c>BOOKMARK</c>).</summary>
public enum WatchEventType
{
    Added,
    Modified,
    Deleted,
    Bookmark,
}
