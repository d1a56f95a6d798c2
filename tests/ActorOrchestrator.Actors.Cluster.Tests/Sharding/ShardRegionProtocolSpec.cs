using ActorOrchestrator.Actors.Cluster.Sharding;
using ActorOrchestrator.Actors.TestKit;
using Microsoft.Extensions.Logging;
using Xunit.Abstractions;

namespace ActorOrchestrator.Actors.Cluster.Tests.Sharding;

/// <summary>A region talking to a test probe in the coordinator's place.</summary>
public sealed class ShardRegionProtocolSpec(ITestOutputHelper output) : ActorOrchestrator.Actors.TestKit.TestKit(output)
{
    private const int Shards = 10;
    private static readonly string ShardOfX = HashCodeMessageExtractor.ShardIdOf("x", Shards);

    private (IActorRef Region, TestProbe Coordinator) StartRegion(int bufferSize = 100_000)
    {
        var coordinator = CreateTestProbe("coordinator");
        var settings = ShardingSettings.Default with { BufferSize = bufferSize, RetryInterval = TimeSpan.FromSeconds(30) };
        var region = Sys.SystemActorOf(
            ShardRegion.Props("t", Props.Create<EchoEntity>(), settings, new TestExtractor(Shards), StopEntity.Instance, CoordinatorPlacement.Local(coordinator.Ref)),
            "region");
        coordinator.ExpectMsg<Register>();
        return (region, coordinator);
    }

    [Fact]
    public void Messages_wait_until_the_coordinator_names_the_home_then_arrive_in_order()
    {
        var (region, coordinator) = StartRegion();
        for (var seq = 1; seq <= 3; seq++)
        {
            region.Tell(new Deliver("x", seq));
        }
        coordinator.ExpectNoMsg(TimeSpan.FromMilliseconds(200));
        region.Tell(new RegisterAck(coordinator.Ref), coordinator.Ref);
        Assert.Equal(ShardOfX, coordinator.ExpectMsg<GetShardHome>().Shard);
        ExpectNoMsg(TimeSpan.FromMilliseconds(200));

        region.Tell(new HostShard(ShardOfX), coordinator.Ref);
        Assert.Equal([1, 2, 3], ReceiveN(3).Cast<Delivered>().Select(d => d.Seq));
    }

    [Fact]
    public void A_full_buffer_drops_further_messages_and_says_so()
    {
        var (region, coordinator) = StartRegion(bufferSize: 3);
        region.Tell(new RegisterAck(coordinator.Ref), coordinator.Ref);
        ExpectLog(LogLevel.Warning, "buffer is full", 1, () =>
        {
            for (var seq = 1; seq <= 5; seq++)
            {
                region.Tell(new Deliver("x", seq));
            }
        });
        region.Tell(new HostShard(ShardOfX), coordinator.Ref);
        Assert.Equal([1, 2, 3], ReceiveN(3).Cast<Delivered>().Select(d => d.Seq));
        ExpectNoMsg(TimeSpan.FromMilliseconds(200));
    }

    [Fact]
    public void Hand_off_stops_entities_with_the_stop_message_and_loses_no_message_sent_during_the_move()
    {
        var (region, coordinator) = StartRegion();
        region.Tell(new RegisterAck(coordinator.Ref), coordinator.Ref);
        region.Tell(new HostShard(ShardOfX), coordinator.Ref);
        region.Tell(new Deliver("x", 1));
        var first = ExpectMsg<Delivered>();

        region.Tell(new BeginHandOff(ShardOfX), coordinator.Ref);
        coordinator.ExpectMsg(new BeginHandOffAck(ShardOfX, region));
        region.Tell(new Deliver("x", 2));
        region.Tell(new HandOff(ShardOfX), coordinator.Ref);
        coordinator.FishForMessage<ShardStopped>(m => m.Shard == ShardOfX);
        region.Tell(new Deliver("x", 3));
        ExpectNoMsg(TimeSpan.FromMilliseconds(200));

        // A repeated HandOff of a shard already gone is acknowledged again (idempotent).
        region.Tell(new HandOff(ShardOfX), coordinator.Ref);
        coordinator.FishForMessage<ShardStopped>(m => m.Shard == ShardOfX);

        region.Tell(new HostShard(ShardOfX), coordinator.Ref);
        var moved = ReceiveN(2).Cast<Delivered>().ToList();
        Assert.Equal([2, 3], moved.Select(d => d.Seq));
        Assert.All(moved, d => Assert.NotEqual(first.Incarnation, d.Incarnation));
    }

    [Fact]
    public void A_proxy_registers_as_proxy_and_forwards_to_the_home_region()
    {
        var coordinator = CreateTestProbe("coordinator");
        var home = CreateTestProbe("home");
        var proxy = Sys.SystemActorOf(
            ShardRegion.Props("t", null, ShardingSettings.Default, new TestExtractor(Shards), StopEntity.Instance, CoordinatorPlacement.Local(coordinator.Ref)),
            "proxy");
        coordinator.ExpectMsg<RegisterProxy>();
        proxy.Tell(new RegisterAck(coordinator.Ref), coordinator.Ref);
        proxy.Tell(new Deliver("x", 1));
        coordinator.ExpectMsg<GetShardHome>();
        proxy.Tell(new ShardHome(ShardOfX, home.Ref), coordinator.Ref);
        Assert.Equal(new Deliver("x", 1), home.ExpectMsg<Deliver>());
        Assert.Equal(TestActor, home.LastSender);
    }
}
