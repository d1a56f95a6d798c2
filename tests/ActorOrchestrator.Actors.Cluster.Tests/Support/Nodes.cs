using ActorOrchestrator.Actors.Cluster.Membership;

namespace ActorOrchestrator.Actors.Cluster.Tests.Support;

/// <summary>Addresses and members for tests: hosts "a", "b", ... sort in that order.</summary>
internal static class Nodes
{
    public static readonly UniqueAddress A = At("a");
    public static readonly UniqueAddress B = At("b");
    public static readonly UniqueAddress C = At("c");
    public static readonly UniqueAddress D = At("d");
    public static readonly UniqueAddress E = At("e");

    public static UniqueAddress At(string host, long uid = 1, int port = 2552) => new(host, port, uid);

    public static Member Joining(UniqueAddress node, params string[] roles) => Member.Joining(node, roles);

    public static Member Up(UniqueAddress node, int upNumber, params string[] roles) => Member.Joining(node, roles).MoveUp(upNumber);

    /// <summary>A member that went Joining, Up (as <paramref name="upNumber"/>) and then to <paramref name="status"/>.</summary>
    public static Member InStatus(UniqueAddress node, MemberStatus status, int upNumber = 1, params string[] roles) => status switch
    {
        MemberStatus.Joining => Joining(node, roles),
        MemberStatus.WeaklyUp => Joining(node, roles).WithStatus(MemberStatus.WeaklyUp),
        MemberStatus.Up => Up(node, upNumber, roles),
        MemberStatus.Leaving => Up(node, upNumber, roles).WithStatus(MemberStatus.Leaving),
        MemberStatus.Exiting => Up(node, upNumber, roles).WithStatus(MemberStatus.Leaving).WithStatus(MemberStatus.Exiting),
        MemberStatus.Down => Up(node, upNumber, roles).WithStatus(MemberStatus.Down),
        _ => Up(node, upNumber, roles).WithStatus(MemberStatus.Removed),
    };

    /// <summary>A gossip of <paramref name="members"/>, changed once by <paramref name="self"/> and seen by every member.</summary>
    public static Gossip SeenByAll(UniqueAddress self, params Member[] members)
    {
        var gossip = Gossip.Of(members).Increment(self);
        return members.Aggregate(gossip, static (g, m) => g.Seen(m.UniqueAddress));
    }
}
