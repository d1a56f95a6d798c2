using System.Collections.Immutable;

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
}
