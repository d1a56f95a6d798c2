namespace ActorOrchestrator.Actors.Cluster.Membership;

/// <summary>
/// Which of two versions of the same member survives a merge of concurrent gossip: the one further along the
/// life cycle (Removed, Down, Exiting, Leaving, Up, WeaklyUp, Joining), and for equal status the older one.
/// A total order, so merging is commutative and associative.
/// </summary>
internal static class MemberPriority
{
    public static Member HighestOf(Member a, Member b)
    {
        var byStatus = Rank(a.Status).CompareTo(Rank(b.Status));
        if (byStatus != 0)
        {
            return byStatus > 0 ? a : b;
        }
        return b.UpNumber < a.UpNumber ? b : a;
    }

    private static int Rank(MemberStatus status) => status switch
    {
        MemberStatus.Joining => 0,
        MemberStatus.WeaklyUp => 1,
        MemberStatus.Up => 2,
        MemberStatus.Leaving => 3,
        MemberStatus.Exiting => 4,
        MemberStatus.Down => 5,
        MemberStatus.Removed => 6,
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown member status."),
    };
}
