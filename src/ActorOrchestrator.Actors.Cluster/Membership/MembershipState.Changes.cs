namespace ActorOrchestrator.Actors.Cluster.Membership;

public sealed partial record MembershipState
{
    /// <summary>
    /// Decides a Join request from <paramref name="joiner"/>. A member that forms a new cluster joins itself
    /// into an empty gossip. A removed incarnation can never come back; a new incarnation at the address of a
    /// live member gets in only after the old one has been downed and removed.
    /// </summary>
    public JoinResult Join(UniqueAddress joiner, IEnumerable<string> roles, string? appVersion = null)
    {
        ArgumentNullException.ThrowIfNull(joiner);
        ArgumentNullException.ThrowIfNull(roles);
        if (Gossip.IsRemoved(joiner))
        {
            return Decided(JoinOutcome.Refused, this, $"{joiner} was removed from the cluster; a removed incarnation can never rejoin (restart it to get a new uid).");
        }
        if (Gossip.HasMember(joiner))
        {
            return Decided(JoinOutcome.AlreadyMember, this, $"{joiner} is already a member ({Gossip.MemberOf(joiner)!.Status}).");
        }
        if (joiner == Self && Gossip.Members.IsEmpty)
        {
            return Decided(JoinOutcome.Accepted, Publish(Gossip.WithMember(Member.Joining(joiner, roles, appVersion))), $"{joiner} forms a new cluster.");
        }
        if (SelfMember is not { Status: not (MemberStatus.Down or MemberStatus.Exiting or MemberStatus.Removed) } self)
        {
            return Decided(JoinOutcome.Refused, this, $"{Self} cannot accept {joiner}: it is {(SelfMember is null ? "not a member of a cluster" : SelfMember.Status.ToString())}.");
        }
        if (Gossip.MemberAt(joiner.Address) is { } old)
        {
            if (old.Status == MemberStatus.Down)
            {
                return Decided(JoinOutcome.AwaitingRemovalOfOldIncarnation, this, $"{joiner} is a new incarnation of {old.UniqueAddress}, which is Down; it can join once that one is removed.");
            }
            var replaced = Gossip
                .WithReachability(Gossip.Reachability.Terminated(self.UniqueAddress, old.UniqueAddress))
                .WithMember(old.WithStatus(MemberStatus.Down));
            return Decided(JoinOutcome.OldIncarnationDowned, Publish(replaced), $"{joiner} is a new incarnation of {old.UniqueAddress} ({old.Status}); the old one is downed and must be removed before the new one can join.");
        }
        return Decided(JoinOutcome.Accepted, Publish(Gossip.WithMember(Member.Joining(joiner, roles, appVersion))), $"{joiner} joins through {Self}.");
    }

    /// <summary>The joiner's state on receiving Welcome: the cluster's gossip, seen by itself.</summary>
    public MembershipState Welcome(Gossip gossip)
    {
        ArgumentNullException.ThrowIfNull(gossip);
        return this with { Gossip = gossip.Seen(Self) };
    }

    /// <summary><paramref name="node"/> starts leaving gracefully; unchanged if it is not Joining, WeaklyUp or Up.</summary>
    public MembershipState Leave(UniqueAddress node) =>
        Gossip.MemberOf(node) is { Status: MemberStatus.Joining or MemberStatus.WeaklyUp or MemberStatus.Up } member
            ? Publish(Gossip.WithMember(member.WithStatus(MemberStatus.Leaving)))
            : this;

    /// <summary><paramref name="node"/> is declared Down; unchanged if it is already Down or not a member.</summary>
    public MembershipState Down(UniqueAddress node) =>
        Gossip.MemberOf(node) is { Status: not MemberStatus.Down } member
            ? Publish(Gossip.WithMember(member.WithStatus(MemberStatus.Down)))
            : this;

    /// <summary>This member's failure detector gave up on <paramref name="subjects"/>.</summary>
    public MembershipState MarkUnreachable(IEnumerable<UniqueAddress> subjects) =>
        ChangeReachability(subjects, static (table, observer, subject) => table.Unreachable(observer, subject));

    /// <summary>This member hears from <paramref name="subjects"/> again.</summary>
    public MembershipState MarkReachable(IEnumerable<UniqueAddress> subjects) =>
        ChangeReachability(subjects, static (table, observer, subject) => table.Reachable(observer, subject));

    /// <summary>
    /// Takes in a gossip from <paramref name="from"/>: same version combines the seen sets, a newer one
    /// replaces the local one, an older one is ignored (and answered), concurrent ones are merged. This member
    /// then marks the result as seen.
    /// </summary>
    public GossipReceipt ReceiveGossip(UniqueAddress from, Gossip remote)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(remote);
        if (remote.IsRemoved(Self))
        {
            return new GossipReceipt(GossipReceiptKind.SelfRemoved, this, Talkback: false);
        }
        if (!remote.HasMember(Self))
        {
            return new GossipReceipt(GossipReceiptKind.IgnoredNotAMember, this, Talkback: false);
        }
        if (!Gossip.HasMember(from))
        {
            return new GossipReceipt(GossipReceiptKind.IgnoredUnknownSender, this, Talkback: false);
        }
        var (kind, winner, talkback) = remote.Version.Compare(Gossip.Version) switch
        {
            VectorClockOrdering.Same => (GossipReceiptKind.Same, remote.MergeSeen(Gossip), !remote.SeenBy(Self)),
            VectorClockOrdering.Before => (GossipReceiptKind.Older, Gossip, true),
            VectorClockOrdering.After => (GossipReceiptKind.Newer, remote, !remote.SeenBy(Self)),
            _ => (GossipReceiptKind.Merged, remote.Merge(Gossip), true),
        };
        return new GossipReceipt(kind, this with { Gossip = winner.Seen(Self) }, talkback);
    }

    private MembershipState ChangeReachability(IEnumerable<UniqueAddress> subjects, Func<Reachability, UniqueAddress, UniqueAddress, Reachability> change)
    {
        ArgumentNullException.ThrowIfNull(subjects);
        var table = subjects
            .Where(s => s != Self && Gossip.HasMember(s))
            .Aggregate(Gossip.Reachability, (current, subject) => change(current, Self, subject));
        return ReferenceEquals(table, Gossip.Reachability) ? this : Publish(Gossip.WithReachability(table));
    }

    private static JoinResult Decided(JoinOutcome outcome, MembershipState state, string explanation) => new(outcome, state, explanation);
}
