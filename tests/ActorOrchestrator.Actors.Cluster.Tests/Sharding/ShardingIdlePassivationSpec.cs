using ActorOrchestrator.Actors.Cluster.Sharding;
using ActorOrchestrator.Actors.TestKit;

namespace ActorOrchestrator.Actors.Cluster.Tests.Sharding;

public sealed class ShardingIdlePassivationSpec : ActorOrchestrator.Actors.TestKit.TestKit
{
    private readonly ManualTimeProvider _time;

    public ShardingIdlePassivationSpec() : this(new ManualTimeProvider())
    {
    }

    private ShardingIdlePassivationSpec(ManualTimeProvider time) : base(timeProvider: time) => _time = time;

    [Fact]
    public void An_entity_idle_for_the_configured_time_is_stopped_and_a_busy_one_stays()
    {
        var settings = ShardingSettings.Default with { PassivateIdleEntityAfter = TimeSpan.FromSeconds(10), RetryInterval = TimeSpan.FromMilliseconds(50) };
        var region = ClusterSharding.Start(Sys, "idle", Props.Create<EchoEntity>(), settings, new TestExtractor(10), StopEntity.Instance);
        region.Tell(new Deliver("idle", 1));
        region.Tell(new Deliver("busy", 1));
        var replies = ReceiveN(2).Cast<Delivered>().ToDictionary(d => d.EntityId);

        for (var second = 1; second <= 14; second++)
        {
            _time.Advance(TimeSpan.FromSeconds(1));
            region.Tell(new Deliver("busy", second + 1));
            ExpectMsg<Delivered>(d => d.EntityId == "busy");
        }
        _time.Advance(TimeSpan.FromSeconds(2));

        region.Tell(new Deliver("idle", 2));
        region.Tell(new Deliver("busy", 100));
        var after = ReceiveN(2).Cast<Delivered>().ToDictionary(d => d.EntityId);
        Assert.NotEqual(replies["idle"].Incarnation, after["idle"].Incarnation);
        Assert.Equal(replies["busy"].Incarnation, after["busy"].Incarnation);
    }
}
