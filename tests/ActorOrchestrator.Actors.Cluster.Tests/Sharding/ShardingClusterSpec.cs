using ActorOrchestrator.Actors.Cluster.Membership;
using ActorOrchestrator.Actors.Cluster.Sharding;
using ActorOrchestrator.Actors.Cluster.Sharding.Events;
using ActorOrchestrator.Actors.Cluster.Tests.Support;
using ActorOrchestrator.Actors.Remote;
using Xunit.Abstractions;

namespace ActorOrchestrator.Actors.Cluster.Tests.Sharding;

/// <summary>
/// Sharding over members in this process talking real TCP on loopback, with the coordinator's and the shards' state in
/// one real SQLite journal file that all members share.
/// </summary>
public sealed class ShardingClusterSpec(ITestOutputHelper output) : IAsyncLifetime
{
    private static readonly TimeSpan Generous = TimeSpan.FromSeconds(30);

    private static readonly ShardingSettings Fast = ShardingSettings.Default with
    {
        NumberOfShards = ShardingMember.Shards,
        PassivateIdleEntityAfter = null,
        RetryInterval = TimeSpan.FromMilliseconds(200),
        RebalanceInterval = TimeSpan.FromHours(1),
        CoordinatorHandOverRetryInterval = TimeSpan.FromMilliseconds(200),
        CoordinatorRemovalMargin = TimeSpan.FromMilliseconds(500),
        EntityRestartBackoff = TimeSpan.FromMilliseconds(500),
    };

    /// <summary>Snapshots every few events, so recoveries read a snapshot and the events after it.</summary>
    private static readonly ShardingSettings Remembering = Fast with { RememberEntities = true, SnapshotAfter = 4 };

    private static readonly string[] Entities = [.. Enumerable.Range(1, 30).Select(i => "e-" + i)];

    private readonly List<ShardingMember> _members = [];
    private readonly EntityLifecycleLog _log = new();
    private SharedSqliteJournal _journal = null!;

    public async Task InitializeAsync() => _journal = await SharedSqliteJournal.OpenAsync();

    public async Task DisposeAsync()
    {
        foreach (var member in _members)
        {
            await member.DisposeAsync();
        }
        await _journal.DisposeAsync();
    }

    [Fact]
    public async Task Messages_from_any_member_reach_the_one_incarnation_of_each_entity_wherever_its_shard_lives()
    {
        var (a, b, c) = await FormAsync(Fast);

        var answers = new List<IReadOnlyDictionary<string, DeliveredAt>>();
        foreach (var sender in new[] { a, b, c })
        {
            answers.Add(await SendToAllAsync(sender, Entities));
        }

        foreach (var entity in Entities)
        {
            Assert.Single(answers.Select(byEntity => (byEntity[entity].Member, byEntity[entity].Incarnation)).Distinct());
        }
        Assert.Equal(["a", "b", "c"], answers[0].Values.Select(d => d.Member).Distinct().Order());
        var recorded = await _journal.EventsAsync("sharding-coordinator/echo");
        Assert.Equal(3, recorded.Count(e => e.Manifest == "ShardRegionRegistered.v1"));
        Assert.Equal(
            Entities.Select(e => HashCodeMessageExtractor.ShardIdOf(e, ShardingMember.Shards)).Distinct().Order(),
            recorded.Select(e => e.Event).OfType<ShardHomeAllocated>().Select(e => e.Shard).Order());
    }

    [Fact]
    public async Task When_a_member_crashes_its_remembered_entities_start_again_on_the_survivors_without_a_message()
    {
        var (a, b, c) = await FormAsync(Remembering);
        var before = await SendToAllAsync(a, Entities);
        var onC = before.Values.Where(d => d.Member == "c").Select(d => d.EntityId).ToList();
        Assert.NotEmpty(onC);

        await c.CrashAsync();

        await Eventually.HoldsAsync(
            () => Task.Run(() => Assert.All(onC, entity => Assert.Contains(_log.StartsOf(entity), s => s.Member is "a" or "b"))),
            Generous);
        var after = await SendToAllAsync(b, Entities);
        Assert.All(after.Values, d => Assert.Contains(d.Member, new[] { "a", "b" }));
        Assert.All(Entities.Except(onC), entity => Assert.Equal(before[entity].Incarnation, after[entity].Incarnation));
    }

    [Fact]
    public async Task When_the_oldest_member_crashes_the_coordinator_moves_recovers_its_allocations_and_messages_sent_meanwhile_arrive()
    {
        var (a, b, c) = await FormAsync(Remembering);
        var before = await SendToAllAsync(c, Entities);
        var homes = (await a.CoordinatorStateAsync()).Shards.ToDictionary(s => s.Key, s => MemberOf(s.Value, a));
        var onA = before.Values.Where(d => d.Member == "a").Select(d => d.EntityId).ToList();
        var elsewhere = Entities.Except(onA).ToList();
        string[] newcomers = [.. Enumerable.Range(1, 10).Select(i => "new-" + i)];

        await a.CrashAsync();
        using var replies = Inbox.Create(c.System);
        foreach (var entity in elsewhere.Concat(newcomers))
        {
            c.Region.Tell(new Deliver(entity, 2), replies.Self);
        }

        var meanwhile = await ReceiveAllAsync(replies, elsewhere.Count + newcomers.Length);
        Assert.Equal(elsewhere.Concat(newcomers).Order(), meanwhile.Keys.Order());
        Assert.All(elsewhere, entity => Assert.Equal(before[entity].Incarnation, meanwhile[entity].Incarnation));
        var recovered = (await b.CoordinatorStateAsync()).Shards.ToDictionary(s => s.Key, s => MemberOf(s.Value, b));
        Assert.All(homes.Where(h => h.Value != "a"), home => Assert.Equal(home.Value, recovered[home.Key]));
        await Eventually.HoldsAsync(
            () => Task.Run(() => Assert.All(onA, entity => Assert.Contains(_log.StartsOf(entity), s => s.Member is "b" or "c"))),
            Generous);
    }

    [Fact]
    public async Task A_remembered_entity_that_passivates_is_forgotten_while_its_shard_mate_comes_back_after_a_crash()
    {
        var (a, b, _) = await FormAsync(Remembering);
        var before = await SendToAllAsync(a, Entities);
        var shardOnB = before.Values.Where(d => d.Member == "b")
            .GroupBy(d => HashCodeMessageExtractor.ShardIdOf(d.EntityId, ShardingMember.Shards))
            .First(g => g.Count() >= 2);
        var (passivating, staying) = (shardOnB.First(), shardOnB.Skip(1).First());

        a.Region.Tell(new PleasePassivate(passivating.EntityId));
        await Eventually.HoldsAsync(() => Task.Run(() => Assert.True(_log.IsStopped(passivating.Incarnation))), Generous);
        await Eventually.HoldsAsync(
            async () => Assert.Contains(
                await _journal.EventsAsync($"sharding-entities/echo/{shardOnB.Key}"),
                e => e.Manifest == "EntitiesStopped.v1" && ((EntitiesStopped)e.Event).EntityIds.Contains(passivating.EntityId)),
            Generous);
        await b.CrashAsync();

        await Eventually.HoldsAsync(() => Task.Run(() => Assert.Contains(_log.StartsOf(staying.EntityId), s => s.Member != "b")), Generous);
        Assert.DoesNotContain(_log.StartsOf(passivating.EntityId), s => s.Member != "b");
    }

    [Fact(Skip = "Flaky (fails about one run in two): messages sent while the oldest member leaves are lost when the leave races with the cluster's convergence on Exiting (the same race as ClusterMembershipSpec's graceful leave). To fix with the exiting-confirmed handshake.")]
    public async Task When_the_oldest_member_leaves_its_shards_and_the_coordinator_move_and_no_message_sent_meanwhile_is_lost()
    {
        var (a, _, c) = await FormAsync(Fast);
        var before = await SendToAllAsync(c, Entities);
        var onA = before.Values.Where(d => d.Member == "a").Select(d => d.EntityId).ToList();
        Assert.NotEmpty(onA);

        a.Cluster.Leave();
        var rounds = 0;
        IReadOnlyDictionary<string, DeliveredAt> last;
        do
        {
            rounds++;
            last = await SendToAllAsync(c, Entities);
        }
        while (!a.System.WhenTerminated.IsCompleted);

        Assert.True(rounds > 1, "the leave should take several rounds of messages");
        Assert.All(onA, entity => Assert.Contains(last[entity].Member, new[] { "b", "c" }));
        Assert.All(Entities.Except(onA), entity => Assert.Equal(before[entity].Incarnation, last[entity].Incarnation));
    }

    /// <summary>Three members a (the oldest), b, c, all Up, each with the echo region; returns once the coordinator knows all three regions.</summary>
    private async Task<(ShardingMember A, ShardingMember B, ShardingMember C)> FormAsync(ShardingSettings settings)
    {
        var a = Member("a");
        a.Join([a.Address]);
        await Eventually.HoldsAsync(async () => Assert.Equal(MemberStatus.Up, await StatusAsync(a, a)), Generous);
        var (b, c) = (Member("b"), Member("c"));
        b.Join([a.Address]);
        await Eventually.HoldsAsync(async () => Assert.Equal(MemberStatus.Up, await StatusAsync(b, b)), Generous);
        c.Join([a.Address]);
        await Eventually.HoldsAsync(async () => Assert.Equal(MemberStatus.Up, await StatusAsync(c, c)), Generous);
        foreach (var member in new[] { a, b, c })
        {
            member.StartSharding(settings, _log);
        }
        await Eventually.HoldsAsync(async () => Assert.Equal(3, (await a.CoordinatorStateAsync()).Regions.Count), Generous);
        return (a, b, c);
    }

    private static async Task<MemberStatus?> StatusAsync(ShardingMember observer, ShardingMember member) =>
        (await observer.Cluster.GetStateAsync(TimeSpan.FromSeconds(5))).Members.FirstOrDefault(m => m.Address == member.Address)?.Status;

    private ShardingMember Member(string name)
    {
        var member = ShardingMember.Bind(name, output, _journal.Store);
        _members.Add(member);
        return member;
    }

    /// <summary>The name of the member a region (as seen by <paramref name="observer"/>) lives on.</summary>
    private string MemberOf(IActorRef region, ShardingMember observer)
    {
        var port = region is RemoteActorRef remote ? remote.Address.Port : observer.Remoting.Address.Port;
        return _members.Single(m => m.Remoting.Address.Port == port).Name;
    }

    private static async Task<IReadOnlyDictionary<string, DeliveredAt>> SendToAllAsync(ShardingMember sender, IReadOnlyList<string> entities)
    {
        using var replies = Inbox.Create(sender.System);
        foreach (var entity in entities)
        {
            sender.Region.Tell(new Deliver(entity, 1), replies.Self);
        }
        return await ReceiveAllAsync(replies, entities.Count);
    }

    private static async Task<IReadOnlyDictionary<string, DeliveredAt>> ReceiveAllAsync(Inbox replies, int count)
    {
        var byEntity = new Dictionary<string, DeliveredAt>(StringComparer.Ordinal);
        while (byEntity.Count < count)
        {
            var reply = (DeliveredAt)(await replies.ReceiveAsync(Generous)).Message;
            byEntity[reply.EntityId] = reply;
        }
        return byEntity;
    }
}
