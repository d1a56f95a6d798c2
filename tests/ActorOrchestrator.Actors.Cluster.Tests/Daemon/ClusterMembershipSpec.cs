using ActorOrchestrator.Actors.Cluster.Events;
using ActorOrchestrator.Actors.Cluster.Membership;
using ActorOrchestrator.Actors.Cluster.Tests.Support;
using Xunit.Abstractions;

namespace ActorOrchestrator.Actors.Cluster.Tests.Daemon;

/// <summary>Members in this process, each with its own actor system and remoting over real TCP on loopback.</summary>
public sealed class ClusterMembershipSpec(ITestOutputHelper output) : IAsyncLifetime
{
    private static readonly TimeSpan Generous = TimeSpan.FromSeconds(20);
    private readonly List<TestMember> _members = [];

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var member in _members)
        {
            await member.DisposeAsync();
        }
    }

    [Fact]
    public async Task Three_members_form_one_cluster_through_the_seed_nodes_and_all_become_up()
    {
        var (a, b, c) = (Bind("a"), Bind("b"), Bind("c"));
        NodeAddress[] seeds = [a.Address, b.Address, c.Address];

        c.Join(seeds);
        b.Join(seeds);
        a.Join(seeds);

        await AllSeeAsync([a, b, c], [a, b, c], MemberStatus.Up);
        var states = await Task.WhenAll(a.StateAsync(), b.StateAsync(), c.StateAsync());
        Assert.Single(states.Select(s => s.Leader).Distinct());
        Assert.Equal([1, 2, 3], states[0].Members.Select(m => m.UpNumber).Order());
        Assert.Equal(a.Cluster!.SelfAddress, states[0].Members.MinBy(m => m.UpNumber)!.UniqueAddress);
    }

    [Fact]
    public async Task A_member_joins_a_running_cluster_through_any_seed()
    {
        var (a, b) = (Bind("a"), Bind("b"));
        a.Join([a.Address]);
        await AllSeeAsync([a], [a], MemberStatus.Up);

        b.Join([a.Address]);

        await AllSeeAsync([a, b], [a, b], MemberStatus.Up);
    }

    [Fact]
    public async Task A_crashed_member_becomes_unreachable_is_downed_and_removed_while_the_others_stay_up()
    {
        var (a, b, c) = (Bind("a"), Bind("b"), Bind("c"));
        NodeAddress[] seeds = [a.Address, b.Address, c.Address];
        foreach (var member in new[] { a, b, c })
        {
            member.Join(seeds);
        }
        await AllSeeAsync([a, b, c], [a, b, c], MemberStatus.Up);
        using var events = Inbox.Create(a.System);
        a.Cluster!.Subscribe(events.Self);
        await events.ReceiveAsync(TimeSpan.FromSeconds(5));
        var crashed = c.Cluster!.SelfAddress;

        await c.CrashAsync();

        await AllSeeAsync([a, b], [a, b], MemberStatus.Up);
        var seen = new List<string>();
        while (!seen.Contains("removed"))
        {
            var next = await events.ReceiveAsync(Generous);
            seen.Add(next.Message switch
            {
                UnreachableMember u when u.Member.UniqueAddress == crashed => "unreachable",
                MemberDowned d when d.Member.UniqueAddress == crashed => "downed",
                MemberRemoved r when r.Member.UniqueAddress == crashed => "removed",
                _ => "other",
            });
        }
        Assert.Equal(["unreachable", "downed", "removed"], seen.Where(s => s != "other"));
    }

    [Fact]
    public async Task A_member_that_leaves_is_removed_and_shuts_itself_down()
    {
        var (a, b, c) = (Bind("a"), Bind("b"), Bind("c"));
        NodeAddress[] seeds = [a.Address, b.Address, c.Address];
        foreach (var member in new[] { a, b, c })
        {
            member.Join(seeds);
        }
        await AllSeeAsync([a, b, c], [a, b, c], MemberStatus.Up);

        b.Cluster!.Leave();

        await AllSeeAsync([a, c], [a, c], MemberStatus.Up);
        await b.System.WhenTerminated.WaitAsync(Generous);
    }

    [Fact(Skip = "Known race (to fix next): the leaving member stops once it sees itself Exiting; when it stops before the others' gossip converges on Exiting, they see it unreachable and the split-brain resolver downs it. Needs Akka's exiting-confirmed handshake.")]
    public async Task A_member_whose_actor_system_terminates_leaves_gracefully_instead_of_being_downed()
    {
        var (a, b) = (Bind("a"), Bind("b"));
        var c = Bind("c", leaveTimeout: TimeSpan.FromSeconds(10));
        NodeAddress[] seeds = [a.Address, b.Address, c.Address];
        foreach (var member in new[] { a, b, c })
        {
            member.Join(seeds);
        }
        await AllSeeAsync([a, b, c], [a, b, c], MemberStatus.Up);
        using var events = Inbox.Create(a.System);
        a.Cluster!.Subscribe(events.Self);
        await events.ReceiveAsync(TimeSpan.FromSeconds(5));
        var leaving = c.Cluster!.SelfAddress;

        await c.System.Terminate().WaitAsync(Generous);

        await AllSeeAsync([a, b], [a, b], MemberStatus.Up);
        var statuses = new List<string>();
        while (!statuses.Contains("Removed"))
        {
            if ((await events.ReceiveAsync(Generous)).Message is IMemberEvent change && change.Member.UniqueAddress == leaving)
            {
                statuses.Add(change.Member.Status.ToString());
            }
        }
        Assert.Equal(["Leaving", "Exiting", "Removed"], statuses);
    }

    [Fact]
    public async Task A_process_restarted_on_the_same_address_joins_as_a_new_incarnation_once_the_old_one_is_gone()
    {
        var (a, b, c) = (Bind("a"), Bind("b"), Bind("c"));
        NodeAddress[] seeds = [a.Address, b.Address];
        foreach (var member in new[] { a, b, c })
        {
            member.Join(seeds);
        }
        await AllSeeAsync([a, b, c], [a, b, c], MemberStatus.Up);
        var old = c.Cluster!.SelfAddress;
        await c.CrashAsync();

        var restarted = Bind("c2", port: old.Port);
        restarted.Join(seeds);

        await AllSeeAsync([a, b, restarted], [a, b, restarted], MemberStatus.Up);
        var members = (await a.StateAsync()).Members;
        Assert.DoesNotContain(members, m => m.UniqueAddress == old);
        Assert.Contains(members, m => m.UniqueAddress == restarted.Cluster!.SelfAddress && m.Address == old.Address);
    }

    [Fact]
    public async Task A_member_that_is_not_the_first_seed_never_forms_a_cluster_alone()
    {
        var (absentFirstSeed, b) = (Bind("gone"), Bind("b"));
        var firstSeed = absentFirstSeed.Address;
        await absentFirstSeed.CrashAsync();

        b.Join([firstSeed, b.Address]);
        await Task.Delay(TimeSpan.FromSeconds(3));

        Assert.Empty((await b.StateAsync()).Members);
    }

    private TestMember Bind(string name, TimeSpan? leaveTimeout = null, int port = 0)
    {
        var member = TestMember.Bind(name, output, leaveTimeout, port);
        _members.Add(member);
        return member;
    }

    /// <summary>Waits until every observer sees exactly <paramref name="expected"/>, all in <paramref name="status"/>.</summary>
    private static Task AllSeeAsync(TestMember[] observers, TestMember[] expected, MemberStatus status) =>
        Eventually.HoldsAsync(
            async () =>
            {
                var want = expected.Select(m => m.Address.ToString()).Order(StringComparer.Ordinal).ToList();
                foreach (var observer in observers)
                {
                    var statuses = await observer.StatusesAsync();
                    Assert.Equal(want, statuses.Keys);
                    Assert.All(statuses.Values, s => Assert.Equal(status, s));
                }
            },
            Generous);
}
