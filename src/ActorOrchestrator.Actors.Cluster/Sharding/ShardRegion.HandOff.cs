using Microsoft.Extensions.Logging;

namespace ActorOrchestrator.Actors.Cluster.Sharding;

/// <summary>The owner's side of a shard move: stop the local shard, then report ShardStopped (idempotently).</summary>
internal sealed partial class ShardRegion
{
    private readonly Dictionary<IActorRef, string> _stoppingShards = [];
    private readonly Dictionary<string, IActorRef> _handOffRequesters = new(StringComparer.Ordinal);

    private bool IsStopping(string shard) => _handOffRequesters.ContainsKey(shard) || _stoppingShards.ContainsValue(shard);

    private void HandleHandOff(string shard)
    {
        ForgetHome(shard);
        if (_localShards.Remove(shard, out var shardRef))
        {
            Context.Log.LogInformation("Shard region {TypeName} hands off shard {Shard}", _typeName, shard);
            _stoppingShards[shardRef] = shard;
            _handOffRequesters[shard] = Sender;
            shardRef.Tell(new HandOff(shard), Self);
        }
        else if (_stoppingShards.ContainsValue(shard))
        {
            _handOffRequesters[shard] = Sender;
        }
        else
        {
            Sender.Tell(new ShardStopped(shard), Self);
        }
    }

    /// <summary>True when <paramref name="actor"/> was one of this region's shards.</summary>
    private bool HandleShardStopped(IActorRef actor)
    {
        if (_stoppingShards.Remove(actor, out var stopped))
        {
            if (_handOffRequesters.Remove(stopped, out var requester))
            {
                requester.Tell(new ShardStopped(stopped), Self);
            }
            if (_buffers.ContainsKey(stopped))
            {
                AskForHome(stopped);
            }
            AnswerWhenAllHandedOff();
            return true;
        }
        foreach (var (shard, shardRef) in _localShards)
        {
            if (ReferenceEquals(shardRef, actor))
            {
                _localShards.Remove(shard);
                RestartRememberedShardLater(shard);
                AnswerWhenAllHandedOff();
                return true;
            }
        }
        return false;
    }

    /// <summary>A remembering shard that stopped by itself (its store failed) starts again after the back-off while this region is its home.</summary>
    private void RestartRememberedShardLater(string shard)
    {
        if (_settings.RememberEntities)
        {
            Timers.StartSingleTimer("restart-shard-" + shard, new RestartShard(shard), _settings.EntityRestartBackoff);
        }
    }

    private void HandleRestartShard(string shard)
    {
        if (_homes.TryGetValue(shard, out var home) && ReferenceEquals(home, Self) && !_localShards.ContainsKey(shard) && !IsStopping(shard))
        {
            StartShard(shard);
        }
    }
}
