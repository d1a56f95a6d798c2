using ActorOrchestrator.Actors.Cluster.Sharding;
using ActorOrchestrator.Actors.Cluster.Sharding.Events;
using ActorOrchestrator.Actors.Persistence;
using Xunit.Abstractions;

namespace ActorOrchestrator.Actors.Cluster.Tests.Sharding;

/// <summary>Remember-entities within one actor system, recording to a real SQLite journal.</summary>
public sealed class ShardingRememberEntitiesSpec(ITestOutputHelper output) : ActorOrchestrator.Actors.TestKit.TestKit(output), IAsyncLifetime
{
    private static readonly ShardingSettings Remembering = ShardingSettings.Default with
    {
        NumberOfShards = 10,
        RetryInterval = TimeSpan.FromMilliseconds(200),
        RememberEntities = true,
        EntityRestartBackoff = TimeSpan.FromMilliseconds(300),
    };

    private readonly EntityLifecycleLog _log = new();
    private SharedSqliteJournal _journal = null!;

    public async Task InitializeAsync() => _journal = await SharedSqliteJournal.OpenAsync();

    public async Task DisposeAsync()
    {
        await Sys.Terminate();
        await _journal.DisposeAsync();
    }

    [Fact]
    public void Remember_entities_without_persistence_is_refused_naming_the_key_and_the_fix()
    {
        var error = Assert.Throws<ArgumentException>(() => StartEcho());
        Assert.Contains("ao.cluster.sharding.remember-entities", error.Message, StringComparison.Ordinal);
        Assert.Contains("PersistenceExtension.Start", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_remembered_entity_that_stops_without_passivating_starts_again_after_the_back_off()
    {
        PersistenceExtension.Start(Sys, _journal.Store);
        var region = StartEcho();
        region.Tell(new Deliver("x", 1));
        var first = ExpectMsg<DeliveredAt>();

        region.Tell(new StopYourself("x"));

        await Eventually(() => _log.StartsOf("x").Count == 2);
        region.Tell(new Deliver("x", 2));
        Assert.NotEqual(first.Incarnation, ExpectMsg<DeliveredAt>().Incarnation);
        var started = (await _journal.EventsAsync("sharding-entities/echo/" + HashCodeMessageExtractor.ShardIdOf("x", 10))).Select(e => e.Manifest);
        Assert.Equal(["EntitiesStarted.v1"], started);
    }

    [Fact]
    public async Task Each_new_entity_is_recorded_before_its_first_message_and_a_passivated_one_is_forgotten()
    {
        PersistenceExtension.Start(Sys, _journal.Store);
        var region = StartEcho();
        for (var seq = 1; seq <= 20; seq++)
        {
            region.Tell(new Deliver("e" + (seq % 4), seq));
        }
        Assert.Equal(Enumerable.Range(1, 20), ReceiveN(20).Cast<DeliveredAt>().Select(d => d.Seq).Order());
        foreach (var entity in new[] { "e0", "e1", "e2", "e3" })
        {
            Assert.Contains(entity, await RememberedAsync(entity));
        }

        region.Tell(new PleasePassivate("e1"));

        await Eventually(async () => !(await RememberedAsync("e1")).Contains("e1"));
        Assert.Single(_log.StartsOf("e1"));
    }

    /// <summary>The entities the journal remembers for the shard of <paramref name="entityId"/>.</summary>
    private async Task<HashSet<string>> RememberedAsync(string entityId)
    {
        var remembered = new HashSet<string>(StringComparer.Ordinal);
        foreach (var recorded in await _journal.EventsAsync("sharding-entities/echo/" + HashCodeMessageExtractor.ShardIdOf(entityId, 10)))
        {
            switch (recorded.Event)
            {
                case EntitiesStarted started:
                    remembered.UnionWith(started.EntityIds);
                    break;
                case EntitiesStopped stopped:
                    remembered.ExceptWith(stopped.EntityIds);
                    break;
            }
        }
        return remembered;
    }

    private IActorRef StartEcho() =>
        ClusterSharding.Start(Sys, "echo", Props.Create(() => new MemberEchoEntity("local", _log)), Remembering, new TestExtractor(10), StopEntity.Instance);

    private static Task Eventually(Func<bool> condition) => Eventually(() => Task.FromResult(condition()));

    private static async Task Eventually(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "the condition did not hold within 20 s");
            await Task.Delay(50);
        }
    }
}
