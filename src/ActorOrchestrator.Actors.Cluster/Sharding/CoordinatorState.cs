using System.Collections.Immutable;
using ActorOrchestrator.Actors.Cluster.Sharding.Events;

namespace ActorOrchestrator.Actors.Cluster.Sharding;

/// <summary>
/// Which region hosts which shard. Every change is tolerant of duplicates and stale entries (a region registered
/// twice, a shard allocated again, a deallocation of an unknown shard): it yields a consistent table, never an error.
/// </summary>
internal sealed record CoordinatorState(
    ImmutableDictionary<string, IActorRef> Shards,
    ImmutableDictionary<IActorRef, ImmutableSortedSet<string>> Regions,
    ImmutableHashSet<IActorRef> Proxies)
{
    public static readonly CoordinatorState Empty = new(
        ImmutableDictionary<string, IActorRef>.Empty,
        ImmutableDictionary<IActorRef, ImmutableSortedSet<string>>.Empty,
        ImmutableHashSet<IActorRef>.Empty);

    public CoordinatorState WithRegion(IActorRef region) =>
        Regions.ContainsKey(region) ? this : this with { Regions = Regions.Add(region, ImmutableSortedSet<string>.Empty) };

    public CoordinatorState WithProxy(IActorRef proxy) => this with { Proxies = Proxies.Add(proxy) };

    /// <summary>Records <paramref name="shard"/> at <paramref name="region"/>, moving it from wherever it was recorded before.</summary>
    public CoordinatorState Allocated(string shard, IActorRef region)
    {
        var withoutOld = Deallocated(shard).WithRegion(region);
        return withoutOld with
        {
            Shards = withoutOld.Shards.SetItem(shard, region),
            Regions = withoutOld.Regions.SetItem(region, withoutOld.Regions[region].Add(shard)),
        };
    }

    public CoordinatorState Deallocated(string shard)
    {
        if (!Shards.TryGetValue(shard, out var region))
        {
            return this;
        }
        var regions = Regions.TryGetValue(region, out var shards) ? Regions.SetItem(region, shards.Remove(shard)) : Regions;
        return this with { Shards = Shards.Remove(shard), Regions = regions };
    }

    /// <summary>Forgets a region or proxy and every shard it hosted.</summary>
    public CoordinatorState WithoutRegion(IActorRef region)
    {
        var hosted = Regions.TryGetValue(region, out var recorded) ? recorded : [];
        var shards = Shards.RemoveRange(hosted.Where(shard => Shards.TryGetValue(shard, out var home) && home.Equals(region)));
        return new CoordinatorState(shards, Regions.Remove(region), Proxies.Remove(region));
    }

    /// <summary>The state after <paramref name="event"/>; <paramref name="resolve"/> turns a recorded region path into its ref.</summary>
    public CoordinatorState Apply(ICoordinatorEvent @event, Func<string, IActorRef> resolve) => @event switch
    {
        ShardRegionRegistered registered => WithRegion(resolve(registered.Region)),
        ShardRegionTerminated terminated => WithoutRegion(resolve(terminated.Region)),
        ShardHomeAllocated allocated => Allocated(allocated.Shard, resolve(allocated.Region)),
        ShardHomeDeallocated deallocated => Deallocated(deallocated.Shard),
        _ => this,
    };

    /// <summary>The regions and their shards, each region named by <paramref name="keyOf"/> (proxies are not recorded).</summary>
    public ShardCoordinatorSnapshot ToSnapshot(Func<IActorRef, string> keyOf)
    {
        var regions = ImmutableSortedDictionary.CreateBuilder<string, ImmutableArray<string>>(StringComparer.Ordinal);
        foreach (var (region, shards) in Regions)
        {
            regions[keyOf(region)] = [.. shards];
        }
        return new ShardCoordinatorSnapshot(regions.ToImmutable());
    }

    public static CoordinatorState FromSnapshot(ShardCoordinatorSnapshot snapshot, Func<string, IActorRef> resolve)
    {
        var state = Empty;
        foreach (var (key, shards) in snapshot.Regions)
        {
            var region = resolve(key);
            state = state.WithRegion(region);
            foreach (var shard in shards)
            {
                state = state.Allocated(shard, region);
            }
        }
        return state;
    }
}
