using System.Collections.Immutable;
using System.Text;
using ActorOrchestrator.Actors.Cluster.Membership;

namespace ActorOrchestrator.Actors.Cluster.FailureDetection;

/// <summary>
/// Which members a member sends heartbeats to. The members sit on a ring ordered by a stable hash of their
/// address (the same on every member, and scattering neighbours in address order), and each member monitors
/// the next monitored-by-nr-of-members reachable members clockwise, so each member is monitored by that many
/// others and the heartbeat load stays bounded however large the cluster grows. Unreachable members met on the
/// way are kept as well (at most as many again), so their return is noticed and someone still watches a member
/// that went down together with its usual monitors. Immutable.
/// </summary>
public sealed class HeartbeatNodeRing
{
    private readonly ImmutableHashSet<UniqueAddress> _unreachable;

    public HeartbeatNodeRing(UniqueAddress self, IEnumerable<UniqueAddress> nodes, IEnumerable<UniqueAddress> unreachable, int monitoredByNrOfMembers)
    {
        ArgumentNullException.ThrowIfNull(self);
        ArgumentNullException.ThrowIfNull(nodes);
        ArgumentNullException.ThrowIfNull(unreachable);
        ArgumentOutOfRangeException.ThrowIfLessThan(monitoredByNrOfMembers, 1);
        Self = self;
        MonitoredByNrOfMembers = monitoredByNrOfMembers;
        Ring = [.. nodes.Append(self).Distinct().Order(RingOrder)];
        _unreachable = [.. unreachable];
    }

    /// <summary>Ring position: a 64-bit FNV-1a hash of "host:port#uid", then address.</summary>
    public static IComparer<UniqueAddress> RingOrder { get; } = Comparer<UniqueAddress>.Create(static (a, b) =>
    {
        var byHash = StableHash(a).CompareTo(StableHash(b));
        return byHash != 0 ? byHash : a.CompareTo(b);
    });

    public UniqueAddress Self { get; }

    public int MonitoredByNrOfMembers { get; }

    /// <summary>Every member on the ring, in ring order.</summary>
    public ImmutableArray<UniqueAddress> Ring { get; }

    /// <summary>The members this member sends heartbeats to.</summary>
    public ImmutableSortedSet<UniqueAddress> Receivers => ReceiversOf(Self);

    /// <summary>The members <paramref name="sender"/> sends heartbeats to.</summary>
    public ImmutableSortedSet<UniqueAddress> ReceiversOf(UniqueAddress sender)
    {
        ArgumentNullException.ThrowIfNull(sender);
        var others = Ring.Where(node => node != sender).ToList();
        if (others.Count <= MonitoredByNrOfMembers)
        {
            return [.. others];
        }
        var start = others.FindIndex(node => RingOrder.Compare(node, sender) > 0);
        var receivers = ImmutableSortedSet.CreateBuilder<UniqueAddress>();
        var reachableTaken = 0;
        var unreachableTaken = 0;
        for (var step = 0; step < others.Count && reachableTaken < MonitoredByNrOfMembers; step++)
        {
            var node = others[((start < 0 ? 0 : start) + step) % others.Count];
            if (!_unreachable.Contains(node))
            {
                receivers.Add(node);
                reachableTaken++;
            }
            else if (unreachableTaken < MonitoredByNrOfMembers)
            {
                receivers.Add(node);
                unreachableTaken++;
            }
        }
        return receivers.ToImmutable();
    }

    private static ulong StableHash(UniqueAddress node)
    {
        const ulong OffsetBasis = 14695981039346656037;
        const ulong Prime = 1099511628211;
        var hash = OffsetBasis;
        foreach (var b in Encoding.UTF8.GetBytes(node.ToString()))
        {
            hash = (hash ^ b) * Prime;
        }
        return hash;
    }
}
