namespace ActorOrchestrator.ControlPlane.ReadModel;

/// <summary>
/// A watch or exact list from a resourceVersion whose changes the view no longer holds. The gateway answers 410 Gone,
/// reason Expired, with this message (Kubernetes' own wording); clients list again and watch from the new list.
/// </summary>
public sealed class TooOldResourceVersionException(long requested, long oldestAvailable)
    : Exception($"too old resource version: {requested} ({oldestAvailable})")
{
    public long Requested { get; } = requested;

    /// <summary>The oldest resourceVersion a watch of this kind can start from now.</summary>
    public long OldestAvailable { get; } = oldestAvailable;
}
