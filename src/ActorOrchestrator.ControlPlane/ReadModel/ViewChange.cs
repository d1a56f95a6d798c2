namespace ActorOrchestrator.ControlPlane.ReadModel;

/// <summary>
/// One change the view applied, kept in its kind's <see cref="ChangeLog"/> for watchers and for lists at an older resourceVersion.
/// </summary>
/// <param name="ResourceVersion">The ordering of the event that made the change.</param>
/// <param name="Type">Added, Modified or Deleted.</param>
/// <param name="Object">The object after the change; for Deleted, its last state at this resourceVersion.</param>
/// <param name="Previous">The object before the change; null when Added.</param>
internal sealed record ViewChange(long ResourceVersion, WatchEventType Type, ViewObject Object, ViewObject? Previous)
{
    /// <summary>The object after the change, null when it was deleted.</summary>
    public ViewObject? Current => Type == WatchEventType.Deleted ? null : Object;
}
