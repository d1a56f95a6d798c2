using ActorOrchestrator.Actors.Cluster.Events;
using ActorOrchestrator.Actors.Cluster.Membership;
using ActorOrchestrator.Actors.Cluster.Singleton;
using ActorOrchestrator.Actors.Cluster.Tests.Support;
using Xunit.Abstractions;

namespace ActorOrchestrator.Actors.Cluster.Tests.Singleton;

/// <summary>Singleton managers and proxies on members in this process, over real TCP on loopback.</summary>
public sealed class ClusterSingletonSpec(ITestOutputHelper output) : IAsyncLifetime
{
    private static readonly TimeSpan Generous = TimeSpan.FromSeconds(20);
    private static readonly ClusterSingletonManagerSettings FastManager = ClusterSingletonManagerSettings.Default with
    {
        HandOverRetryInterval = TimeSpan.FromMilliseconds(200),
        RemovalMargin = TimeSpan.FromSeconds(1),
    };

    private static readonly ClusterSingletonProxySettings FastProxy = ClusterSingletonProxySettings.Default with
    {
        SingletonIdentificationInterval = TimeSpan.FromMilliseconds(200),
    };

    private readonly List<TestMember> _members = [];
    private readonly SingletonLifecycleLog _log = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var member in _members)
        {
            await member.DisposeAsync();
        }
    }

    [Fact]
    public async Task The_singleton_runs_only_on_the_oldest_member_and_a_proxy_elsewhere_delivers_every_message_in_order()
    {
        var (a, b, c) = await FormAsync(FastManager);
        var proxy = c.System.ActorOf(ClusterSingletonProxy.Props(c.Cluster!, "/user/manager", FastProxy), "proxy");
        using var replies = Inbox.Create(c.System);

        for (var n = 1; n <= 50; n++)
        {
            proxy.Tell(new Numbered(n), replies.Self);
        }

        for (var n = 1; n <= 50; n++)
        {
            Assert.Equal(new NumberedSeen(n, "a"), (await replies.ReceiveAsync(Generous)).Message);
        }
        Assert.Equal(["a"], _log.Running());
        Assert.Equal(1, _log.MostAtOnce());
        _ = (a, b);
    }

    [Fact]
    public async Task On_graceful_leave_the_old_host_stops_the_singleton_before_the_next_oldest_starts_it_without_waiting_for_removal()
    {
        var (a, _, c) = await FormAsync(FastManager with { RemovalMargin = TimeSpan.FromSeconds(30) });
        var proxy = c.System.ActorOf(ClusterSingletonProxy.Props(c.Cluster!, "/user/manager", FastProxy), "proxy");
        using var replies = Inbox.Create(c.System);
        proxy.Tell(new Numbered(1), replies.Self);
        Assert.Equal(new NumberedSeen(1, "a"), (await replies.ReceiveAsync(Generous)).Message);

        a.Cluster!.Leave();

        await Eventually.HoldsAsync(() => Task.Run(() => Assert.Equal(["b"], _log.Running())), Generous);
        Assert.Equal(["start a", "stop a", "start b"], _log.Entries);
        proxy.Tell(new Numbered(2), replies.Self);
        Assert.Equal(new NumberedSeen(2, "b"), (await replies.ReceiveAsync(Generous)).Message);
    }

    [Fact]
    public async Task After_a_crash_the_singleton_starts_on_the_next_oldest_only_once_the_old_host_is_removed()
    {
        var (a, b, _) = await FormAsync(FastManager);
        using var events = Inbox.Create(b.System);
        b.Cluster!.Subscribe(events.Self);
        var crashed = a.Cluster!.SelfAddress;

        await a.CrashAsync();

        var sawRemoval = false;
        while (!sawRemoval)
        {
            var next = (await events.ReceiveAsync(Generous)).Message;
            Assert.DoesNotContain("b", _log.Running());
            sawRemoval = next is MemberRemoved removed && removed.Member.UniqueAddress == crashed;
        }
        await Eventually.HoldsAsync(() => Task.Run(() => Assert.Equal(["b"], _log.Running())), Generous);
        Assert.Equal(1, _log.MostAtOnce());
    }

    [Fact]
    public async Task A_proxy_buffers_a_bounded_number_of_messages_until_the_singleton_exists_and_drops_the_rest_as_dead_letters()
    {
        var a = Member("a");
        var proxy = a.System.ActorOf(ClusterSingletonProxy.Props(
            a.Cluster ?? a.Join([a.Address]), "/user/manager", FastProxy with { BufferSize = 3 }), "proxy");
        using var deadLetters = Inbox.Create(a.System);
        a.System.EventStream.Subscribe(deadLetters.Self, typeof(DeadLetter));
        using var replies = Inbox.Create(a.System);

        for (var n = 1; n <= 5; n++)
        {
            proxy.Tell(new Numbered(n), replies.Self);
        }
        Assert.Equal(new Numbered(4), ((DeadLetter)(await deadLetters.ReceiveAsync(Generous)).Message).Message);
        Assert.Equal(new Numbered(5), ((DeadLetter)(await deadLetters.ReceiveAsync(Generous)).Message).Message);
        StartManager(a, FastManager);

        for (var n = 1; n <= 3; n++)
        {
            Assert.Equal(new NumberedSeen(n, "a"), (await replies.ReceiveAsync(Generous)).Message);
        }
    }

    private TestMember Member(string name)
    {
        var member = TestMember.Bind(name, output);
        _members.Add(member);
        return member;
    }

    private void StartManager(TestMember member, ClusterSingletonManagerSettings settings) =>
        member.System.ActorOf(ClusterSingletonManager.Props(member.Cluster!, Props.Create(() => new RecordingSingleton(_log, member.Name)), PoisonPill.Instance, settings), "manager");

    /// <summary>Three members a (the oldest), b, c, each with a singleton manager, all Up.</summary>
    private async Task<(TestMember A, TestMember B, TestMember C)> FormAsync(ClusterSingletonManagerSettings settings)
    {
        var a = Member("a");
        a.Join([a.Address]);
        StartManager(a, settings);
        await Eventually.HoldsAsync(async () => Assert.Equal(MemberStatus.Up, (await a.StatusesAsync())[a.Address.ToString()]), Generous);
        var (b, c) = (Member("b"), Member("c"));
        b.Join([a.Address]);
        StartManager(b, settings);
        await Eventually.HoldsAsync(async () => Assert.Equal(MemberStatus.Up, (await b.StatusesAsync())[b.Address.ToString()]), Generous);
        c.Join([a.Address]);
        StartManager(c, settings);
        foreach (var member in new[] { a, b, c })
        {
            await Eventually.HoldsAsync(async () =>
            {
                var statuses = await member.StatusesAsync();
                Assert.Equal(3, statuses.Count);
                Assert.All(statuses.Values, s => Assert.Equal(MemberStatus.Up, s));
            }, Generous);
        }
        return (a, b, c);
    }
}
