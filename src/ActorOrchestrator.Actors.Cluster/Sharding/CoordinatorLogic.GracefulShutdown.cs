using System.Collections.Immutable;
using Microsoft.Extensions.Logging;

namespace ActorOrchestrator.Actors.Cluster.Sharding;

/// <summary>
/// A region whose member shuts down asks for all its shards to move: each is handed off like in a rebalance, and the
/// region gets no new shard, so messages sent meanwhile wait in the regions and reach the shard's next home.
/// </summary>
internal sealed partial class CoordinatorLogic
{
    private readonly HashSet<IActorRef> _shuttingDown = [];

    /// <summary>The regions that may receive shards: every registered one except those shutting down.</summary>
    private ImmutableDictionary<IActorRef, ImmutableSortedSet<string>> AllocatableRegions =>
        _shuttingDown.Count == 0 ? _state.Regions : _state.Regions.RemoveRange(_shuttingDown);

    private void HandleGracefulShutdown(IActorRef region)
    {
        if (!_state.Regions.TryGetValue(region, out var shards))
        {
            return;
        }
        if (_shuttingDown.Add(region))
        {
            _context.Log.LogInformation("Region {Region} of {TypeName} shuts down; handing off its {Count} shards", region.Path, _typeName, shards.Count);
        }
        Move(shards);
    }
}
