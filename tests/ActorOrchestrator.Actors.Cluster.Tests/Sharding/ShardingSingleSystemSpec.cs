using ActorOrchestrator.Actors.Cluster.Sharding;
using ActorOrchestrator.Actors.TestKit;
using Xunit.Abstractions;

namespace ActorOrchestrator.Actors.Cluster.Tests.Sharding;

public sealed class ShardingSingleSystemSpec(ITestOutputHelper output) : ActorOrchestrator.Actors.TestKit.TestKit(output)
{
    private static readonly ShardingSettings FastRetry = ShardingSettings.Default with { NumberOfShards = 10, RetryInterval = TimeSpan.FromMilliseconds(200) };

    private IActorRef StartEcho(ShardingSettings? settings = null) =>
        ClusterSharding.Start(Sys, "echo", Props.Create<EchoEntity>(), settings ?? FastRetry, new TestExtractor(10), StopEntity.Instance);

    [Fact]
    public void Messages_sent_before_any_shard_home_is_known_are_buffered_and_delivered_in_order()
    {
        var region = StartEcho();
        for (var seq = 0; seq < 500; seq++)
        {
            region.Tell(new Deliver("e" + (seq % 5), seq));
        }
        var replies = ReceiveN(500, TimeSpan.FromSeconds(10)).Cast<Delivered>().ToList();
        foreach (var entity in replies.GroupBy(r => r.EntityId))
        {
            Assert.Equal(entity.Select(r => r.Seq).Order(), entity.Select(r => r.Seq));
            Assert.Single(entity.Select(r => r.EntityPath).Distinct());
        }
        Assert.Equal(5, replies.Select(r => r.EntityPath).Distinct().Count());
    }

    [Fact]
    public void Each_entity_id_gets_one_entity_named_after_its_escaped_id()
    {
        var region = StartEcho();
        region.Tell(new Deliver("default/web-0", 1));
        region.Tell(new Deliver("default/web-0", 2));
        var first = ExpectMsg<Delivered>();
        var second = ExpectMsg<Delivered>();
        Assert.Equal(first.EntityPath, second.EntityPath);
        Assert.EndsWith("/default~2Fweb-0", first.EntityPath, StringComparison.Ordinal);
        Assert.Contains("/system/sharding-echo/" + HashCodeMessageExtractor.ShardIdOf("default/web-0", 10) + "/", first.EntityPath, StringComparison.Ordinal);
    }

    [Fact]
    public void A_sharding_envelope_delivers_its_payload()
    {
        var region = StartEcho();
        region.Tell(new ShardingEnvelope("e1", new Deliver("e1", 7)));
        Assert.Equal(7, ExpectMsg<Delivered>().Seq);
    }

    [Fact]
    public void A_message_without_entity_id_is_unhandled_with_a_log_line()
    {
        var region = StartEcho();
        ExpectUnhandled(1, () => region.Tell("no entity"));
    }

    [Fact]
    public void A_passivating_entity_gets_the_messages_sent_meanwhile_in_a_new_incarnation()
    {
        var region = StartEcho();
        region.Tell(new Deliver("p", 1));
        var before = ExpectMsg<Delivered>();
        region.Tell(new PleasePassivate("p"));
        // Bursts of messages while the entity stops: each one arrives, the later ones at a new incarnation.
        var seq = 1;
        var received = new List<Delivered>();
        while (received.All(d => d.Incarnation == before.Incarnation) && seq < 5_000)
        {
            for (var burst = 0; burst < 10; burst++)
            {
                region.Tell(new Deliver("p", ++seq));
            }
            received.AddRange(ReceiveN(10).Cast<Delivered>());
        }
        Assert.Equal(Enumerable.Range(2, seq - 1), received.Select(d => d.Seq));
        Assert.Contains(received, d => d.Incarnation != before.Incarnation);
    }
}
