using System.Collections.Immutable;
using ActorOrchestrator.Actors.Cluster.Sharding.Events;
using Microsoft.Extensions.Logging;

namespace ActorOrchestrator.Actors.Cluster.Sharding;

/// <summary>Bounded rebalance rounds: each moved shard is handed off by a worker, then recorded as deallocated.</summary>
internal sealed partial class CoordinatorLogic
{
    private void StartRebalanceRound()
    {
        if (RebalancePaused())
        {
            return;
        }
        var shards = _strategy.Rebalance(AllocatableRegions, _waitingForMove.Count);
        if (shards.Length > 0)
        {
            _context.Log.LogInformation("Rebalancing {Count} shards of {TypeName}: [{Shards}]", shards.Length, _typeName, string.Join(", ", shards));
        }
        Move(shards);
    }

    /// <summary>Starts a hand-off of each shard not moving yet; its requesters wait until it is done.</summary>
    private void Move(IEnumerable<string> shards)
    {
        var everyone = _state.Regions.Keys.Concat(_state.Proxies).ToImmutableArray();
        foreach (var shard in shards)
        {
            if (_waitingForMove.TryAdd(shard, []))
            {
                _context.ActorOf(RebalanceWorker.Props(shard, _state.Shards[shard], everyone, _settings.HandOffTimeout));
            }
        }
    }

    private void HandleRebalanceDone(RebalanceDone done)
    {
        if (!done.Stopped)
        {
            _context.Log.LogWarning("Hand-off of shard {Shard} of {TypeName} timed out after {Timeout}; it stays where it was", done.Shard, _typeName, _settings.HandOffTimeout);
            AnswerWaitingForMove(done.Shard);
            return;
        }
        if (!_state.Shards.ContainsKey(done.Shard))
        {
            AnswerWaitingForMove(done.Shard);
            return;
        }
        Record(new ShardHomeDeallocated(done.Shard), () => AnswerWaitingForMove(done.Shard));
    }

    /// <summary>The move of <paramref name="shard"/> ended: those who asked meanwhile get its (new) home; a remembered shard starts again at once.</summary>
    private void AnswerWaitingForMove(string shard)
    {
        if (!_waitingForMove.Remove(shard, out var waiting))
        {
            return;
        }
        if (_settings.RememberEntities && !_state.Shards.ContainsKey(shard) && !_allocating.ContainsKey(shard))
        {
            Allocate(shard, waiting);
            return;
        }
        foreach (var requester in waiting)
        {
            AnswerShardHome(shard, requester);
        }
    }
}
