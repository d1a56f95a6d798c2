namespace ActorOrchestrator.Actors.Cluster.Membership;

/// <summary>
/// One incarnation of a member: its host and port plus the unique id its process drew at start. A process
/// restarted on the same host and port has a new uid and so is a different member. Ordered by host (ordinal),
/// port, then uid: the "address order" that decides the leader and split-brain ties.
/// </summary>
public sealed record UniqueAddress(string Host, int Port, long Uid) : IComparable<UniqueAddress>
{
    public NodeAddress Address => new(Host, Port);

    public int CompareTo(UniqueAddress? other)
    {
        if (other is null)
        {
            return 1;
        }
        var byHost = string.CompareOrdinal(Host, other.Host);
        if (byHost != 0)
        {
            return byHost;
        }
        var byPort = Port.CompareTo(other.Port);
        return byPort != 0 ? byPort : Uid.CompareTo(other.Uid);
    }

    public override string ToString() => $"{Address}#{Uid}";

    public static bool operator <(UniqueAddress left, UniqueAddress right) => left.CompareTo(right) < 0;

    public static bool operator >(UniqueAddress left, UniqueAddress right) => left.CompareTo(right) > 0;

    public static bool operator <=(UniqueAddress left, UniqueAddress right) => left.CompareTo(right) <= 0;

    public static bool operator >=(UniqueAddress left, UniqueAddress right) => left.CompareTo(right) >= 0;
}
