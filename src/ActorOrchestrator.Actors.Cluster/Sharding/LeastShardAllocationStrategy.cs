using System.Collections.Immutable;

namespace ActorOrchestrator.Actors.Cluster.Sharding;

/// <summary>
/// Allocates a new shard to the region with the fewest shards, and rebalances in bounded rounds: the target per
/// region is ceil(shards / regions); first regions above the target shed their excess, otherwise regions at the
/// target give one shard each while some region is two or more below it. A round moves at most
/// max(1, min(absolute limit, relative limit x shards)) shards.
/// </summary>
internal sealed class LeastShardAllocationStrategy(int absoluteLimit, double relativeLimit)
{
    private static readonly IComparer<KeyValuePair<IActorRef, ImmutableSortedSet<string>>> FewestFirst =
        Comparer<KeyValuePair<IActorRef, ImmutableSortedSet<string>>>.Create(static (a, b) =>
        {
            var byCount = a.Value.Count.CompareTo(b.Value.Count);
            return byCount != 0 ? byCount : string.CompareOrdinal(a.Key.Path.ToString(), b.Key.Path.ToString());
        });

    /// <summary>The region that should host a new shard; null when no region is registered.</summary>
    public static IActorRef? Allocate(IReadOnlyDictionary<IActorRef, ImmutableSortedSet<string>> regions) =>
        regions.Count == 0 ? null : regions.Min(FewestFirst).Key;

    /// <summary>Shards to move in this round; none while a previous round is still moving shards.</summary>
    public ImmutableArray<string> Rebalance(IReadOnlyDictionary<IActorRef, ImmutableSortedSet<string>> regions, int shardsInMove)
    {
        if (shardsInMove > 0 || regions.Count < 2)
        {
            return [];
        }
        var total = regions.Values.Sum(static shards => shards.Count);
        var target = (total + regions.Count - 1) / regions.Count;
        var limit = Math.Max(1, Math.Min(absoluteLimit, (int)Math.Floor(relativeLimit * total)));
        var ordered = regions.Order(FewestFirst).ToList();

        var excess = ordered.Where(r => r.Value.Count > target)
            .SelectMany(r => r.Value.Reverse().Take(r.Value.Count - target))
            .Take(limit)
            .ToImmutableArray();
        if (excess.Length > 0)
        {
            return excess;
        }
        var missing = ordered.Where(r => r.Value.Count <= target - 2).Sum(r => target - 1 - r.Value.Count);
        return [.. ordered.Where(r => r.Value.Count == target).Reverse()
            .Select(r => r.Value.Max!)
            .Take(Math.Min(missing, limit))];
    }
}
