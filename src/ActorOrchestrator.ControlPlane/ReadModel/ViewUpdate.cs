namespace ActorOrchestrator.ControlPlane.ReadModel;

/// <summary>A resource event made ready for the view outside its lock: the object parsed, stamped and indexed.</summary>
/// <param name="Ordering">The event's journal ordering (the object's resourceVersion).</param>
/// <param name="Object">The object after the event; for a deletion its last state.</param>
/// <param name="Deleted">Whether the event removed the object.</param>
internal sealed record ViewUpdate(long Ordering, ViewObject Object, bool Deleted);
