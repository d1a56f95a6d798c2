namespace ActorOrchestrator.ControlPlane.ReadModel;

/// <summary>One event of a watch.</summary>
/// <param name="Type">What happened.</param>
/// <param name="ResourceVersion">
/// The view's position after this event: the object's resourceVersion, or for a <see cref="WatchEventType.Bookmark"/>
/// the position up to which the watcher has been told everything (send it as the bookmark object's metadata.resourceVersion).
/// </param>
/// <param name="Object">The object (for DELETED its last state); null for a bookmark.</param>
public sealed record WatchEvent(WatchEventType Type, long ResourceVersion, ViewObject? Object);
