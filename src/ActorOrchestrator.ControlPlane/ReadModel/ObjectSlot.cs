namespace ActorOrchestrator.ControlPlane.ReadModel;

/// <summary>
/// An object's place in its kind's indexes: it stays put while the object is updated (only <see cref="Current"/>
/// changes), so an update touches the ordered set not at all and the label sets only where labels changed, and the
/// sets hash slots by reference instead of hashing names. Guarded by the view's lock.
/// </summary>
internal sealed class ObjectSlot(ObjectName name, ViewObject current)
{
    public ObjectName Name { get; } = name;

    public ViewObject Current { get; set; } = current;

    /// <summary>Orders slots by name (list order); a slot with a null object serves as a bound for ranges.</summary>
    public static IComparer<ObjectSlot> ByName { get; } = Comparer<ObjectSlot>.Create((a, b) => a.Name.CompareTo(b.Name));

    public static ObjectSlot Bound(ObjectName name) => new(name, null!);
}
