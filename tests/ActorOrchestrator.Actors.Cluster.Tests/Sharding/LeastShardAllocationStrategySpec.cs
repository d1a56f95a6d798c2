using System.Collections.Immutable;
using ActorOrchestrator.Actors.Cluster.Sharding;
using ActorOrchestrator.Actors.TestKit;

namespace ActorOrchestrator.Actors.Cluster.Tests.Sharding;

public sealed class LeastShardAllocationStrategySpec : ActorOrchestrator.Actors.TestKit.TestKit
{
    private Dictionary<IActorRef, ImmutableSortedSet<string>> Regions(params int[] counts)
    {
        var next = 0;
        return counts.ToDictionary(
            _ => (IActorRef)CreateTestProbe().Ref,
            count => Enumerable.Range(0, count).Select(_ => (next++).ToString("D3", System.Globalization.CultureInfo.InvariantCulture)).ToImmutableSortedSet(StringComparer.Ordinal));
    }

    [Fact]
    public void A_new_shard_goes_to_the_region_with_fewest_shards()
    {
        var regions = Regions(3, 1, 2);
        Assert.Single(regions[LeastShardAllocationStrategy.Allocate(regions)!]);
    }

    [Fact]
    public void Rebalance_sheds_the_excess_of_overloaded_regions_within_the_absolute_limit()
    {
        var strategy = new LeastShardAllocationStrategy(absoluteLimit: 3, relativeLimit: 1.0);
        Assert.Equal(3, strategy.Rebalance(Regions(10, 0), 0).Length);
        Assert.Equal(5, new LeastShardAllocationStrategy(20, 1.0).Rebalance(Regions(10, 0), 0).Length);
    }

    [Fact]
    public void Rebalance_respects_the_relative_limit_and_moves_at_least_one()
    {
        Assert.Equal(2, new LeastShardAllocationStrategy(20, 0.1).Rebalance(Regions(20, 0), 0).Length);
        Assert.Single(new LeastShardAllocationStrategy(20, 0.01).Rebalance(Regions(4, 0), 0));
    }

    [Fact]
    public void A_balanced_cluster_or_a_round_in_progress_moves_nothing()
    {
        var strategy = new LeastShardAllocationStrategy(20, 1.0);
        Assert.Empty(strategy.Rebalance(Regions(5, 5, 4), 0));
        Assert.Empty(strategy.Rebalance(Regions(10, 0), shardsInMove: 1));
    }

    [Fact]
    public void Regions_at_the_target_give_shards_to_one_two_below_it()
    {
        var strategy = new LeastShardAllocationStrategy(20, 1.0);
        Assert.Single(strategy.Rebalance(Regions(3, 3, 1), 0));
    }
}
