namespace ActorOrchestrator.ControlPlane.ReadModel;

/// <summary>An object's place within its kind: namespace (empty when cluster-scoped) then name, ordered ordinally; lists come in this order.</summary>
internal readonly record struct ObjectName(string Namespace, string Name) : IComparable<ObjectName>
{
    public int CompareTo(ObjectName other)
    {
        var byNamespace = string.CompareOrdinal(Namespace, other.Namespace);
        return byNamespace != 0 ? byNamespace : string.CompareOrdinal(Name, other.Name);
    }

    public override string ToString() => Namespace.Length == 0 ? Name : $"{Namespace}/{Name}";
}
