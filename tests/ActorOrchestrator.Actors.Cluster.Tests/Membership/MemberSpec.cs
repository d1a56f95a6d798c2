using ActorOrchestrator.Actors.Cluster.Membership;
using static ActorOrchestrator.Actors.Cluster.Tests.Support.Nodes;

namespace ActorOrchestrator.Actors.Cluster.Tests.Membership;

public sealed class MemberSpec
{
    /// <summary>The legal transitions of AKKA-SEMANTICS §3, written out independently of the implementation.</summary>
    private static readonly HashSet<(MemberStatus From, MemberStatus To)> Legal =
    [
        (MemberStatus.Joining, MemberStatus.WeaklyUp), (MemberStatus.Joining, MemberStatus.Up), (MemberStatus.Joining, MemberStatus.Leaving),
        (MemberStatus.Joining, MemberStatus.Down), (MemberStatus.Joining, MemberStatus.Removed),
        (MemberStatus.WeaklyUp, MemberStatus.Up), (MemberStatus.WeaklyUp, MemberStatus.Leaving), (MemberStatus.WeaklyUp, MemberStatus.Down),
        (MemberStatus.WeaklyUp, MemberStatus.Removed),
        (MemberStatus.Up, MemberStatus.Leaving), (MemberStatus.Up, MemberStatus.Down), (MemberStatus.Up, MemberStatus.Removed),
        (MemberStatus.Leaving, MemberStatus.Exiting), (MemberStatus.Leaving, MemberStatus.Down), (MemberStatus.Leaving, MemberStatus.Removed),
        (MemberStatus.Exiting, MemberStatus.Removed), (MemberStatus.Exiting, MemberStatus.Down),
        (MemberStatus.Down, MemberStatus.Removed),
    ];

    public static TheoryData<MemberStatus, MemberStatus> AllPairs()
    {
        var data = new TheoryData<MemberStatus, MemberStatus>();
        foreach (var from in Enum.GetValues<MemberStatus>())
        {
            foreach (var to in Enum.GetValues<MemberStatus>().Where(to => to != from))
            {
                data.Add(from, to);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(AllPairs))]
    public void Only_the_legal_status_transitions_are_possible(MemberStatus from, MemberStatus to)
    {
        var member = InStatus(A, from);

        if (Legal.Contains((from, to)))
        {
            Assert.True(member.CanMoveTo(to));
            Assert.Equal(to, member.WithStatus(to).Status);
        }
        else
        {
            Assert.False(member.CanMoveTo(to));
            var error = Assert.Throws<IllegalMemberTransitionException>(() => member.WithStatus(to));
            Assert.Equal((from, to), (error.From, error.To));
            Assert.Contains($"cannot move from {from} to {to}", error.Message);
            Assert.Contains(A.ToString(), error.Message);
        }
    }

    [Fact]
    public void The_error_for_an_illegal_transition_lists_what_is_allowed()
    {
        var error = Assert.Throws<IllegalMemberTransitionException>(() => InStatus(A, MemberStatus.Up).WithStatus(MemberStatus.Joining));

        Assert.Equal($"Member {A} cannot move from Up to Joining; allowed from Up: Leaving, Down, Removed.", error.Message);
        var final = Assert.Throws<IllegalMemberTransitionException>(() => InStatus(A, MemberStatus.Removed).WithStatus(MemberStatus.Up));
        Assert.Contains("none (it is final)", final.Message);
    }

    [Fact]
    public void Moving_to_the_current_status_is_no_change()
    {
        var up = Up(A, 3);

        Assert.Same(up, up.WithStatus(MemberStatus.Up));
    }

    [Fact]
    public void A_joining_member_has_no_age_until_it_is_moved_up_with_its_up_number()
    {
        var joining = Joining(A, "worker");
        var up = joining.MoveUp(4);

        Assert.Equal(Member.NotUpYet, joining.UpNumber);
        Assert.Equal((MemberStatus.Up, 4), (up.Status, up.UpNumber));
        Assert.True(up.HasRole("worker"));
        Assert.Throws<IllegalMemberTransitionException>(() => up.WithStatus(MemberStatus.Leaving).MoveUp(5));
    }

    [Fact]
    public void Members_order_by_address_and_age_orders_by_up_number_then_address()
    {
        var young = Up(A, 3);
        var old = Up(C, 1);
        var sameAgeAsOld = Up(B, 1);

        Assert.Equal([young, sameAgeAsOld, old], new[] { old, young, sameAgeAsOld }.Order());
        Assert.Equal([sameAgeAsOld, old, young], new[] { young, old, sameAgeAsOld }.Order(Member.AgeOrder));
        Assert.True(old.IsOlderThan(young));
        Assert.False(young.IsOlderThan(old));
    }

    [Fact]
    public void The_oldest_is_the_lowest_up_number_among_up_or_leaving_members_of_the_role()
    {
        var members = new[]
        {
            InStatus(A, MemberStatus.Exiting, upNumber: 1, "control-plane"),
            Up(B, 4, "control-plane"),
            InStatus(C, MemberStatus.Leaving, upNumber: 2, "worker"),
            Up(D, 3, "control-plane", "worker"),
            Joining(E, "control-plane"),
        };

        Assert.Equal(C, MemberAge.Oldest(members)!.UniqueAddress);
        Assert.Equal(D, MemberAge.Oldest(members, "control-plane")!.UniqueAddress);
        Assert.Equal(C, MemberAge.Oldest(members, "worker")!.UniqueAddress);
        Assert.Null(MemberAge.Oldest(members, "gateway"));
        Assert.Equal([A, D, B, E], MemberAge.OldestFirst(members, "control-plane").Select(m => m.UniqueAddress));
    }

    [Fact]
    public void Members_are_equal_when_every_field_is()
    {
        Assert.Equal(Up(A, 1, "x", "y"), Up(A, 1, "y", "x"));
        Assert.NotEqual(Up(A, 1), Up(A, 2));
        Assert.NotEqual(Up(A, 1), Up(A, 1).WithStatus(MemberStatus.Leaving));
        Assert.NotEqual(Up(A, 1, "x"), Up(A, 1));
    }
}
