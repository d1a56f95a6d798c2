using ActorOrchestrator.Actors.Remote;
using Microsoft.Extensions.Logging;

namespace ActorOrchestrator.Actors.Cluster.Sharding;

/// <summary>
/// Graceful shutdown of a region in a cluster: in coordinated shutdown's phase cluster-sharding-shutdown-region, the
/// region asks the coordinator to move all its shards elsewhere (again every retry interval) and the phase waits
/// until every local shard has been handed off, or for the phase's timeout.
/// </summary>
internal sealed partial class ShardRegion
{
    private readonly List<IActorRef> _handOffWaiters = [];
    private bool _shuttingDown;

    /// <summary>
    /// Registers the hand-off with coordinated shutdown; it is skipped when remoting has already stopped (the member
    /// cannot reach anyone, like after a crash: the cluster reallocates its shards once it is removed).
    /// </summary>
    private void RegisterShutdownTask()
    {
        var self = Self;
        var system = Context.System;
        var shutdown = system.CoordinatedShutdown;
        var timeout = shutdown.GetPhaseTimeout(CoordinatedShutdown.PhaseClusterShardingShutdownRegion);
        shutdown.AddTask(
            CoordinatedShutdown.PhaseClusterShardingShutdownRegion,
            "sharding-hand-off-" + Self.Path.Name,
            () => Remoting.Get(system) is null
                ? Task.CompletedTask
                : self.Ask<AllShardsHandedOff>(replyTo => new HandOffAllShards(replyTo), timeout).ContinueWith(static _ => { }, TaskScheduler.Default));
    }

    private void HandleHandOffAllShards(HandOffAllShards request)
    {
        _handOffWaiters.Add(request.ReplyTo);
        if (!_shuttingDown)
        {
            _shuttingDown = true;
            Context.Log.LogInformation("Shard region {TypeName} shuts down: handing off its {Count} shards", _typeName, _localShards.Count);
        }
        AskToMoveAllShards();
        AnswerWhenAllHandedOff();
    }

    private void AskToMoveAllShards()
    {
        if (_shuttingDown && (_localShards.Count > 0 || _stoppingShards.Count > 0))
        {
            Coordinator.Tell(new GracefulShutdownReq(Self), Self);
        }
    }

    private void AnswerWhenAllHandedOff()
    {
        if (!_shuttingDown || _localShards.Count > 0 || _stoppingShards.Count > 0 || _handOffWaiters.Count == 0)
        {
            return;
        }
        Context.Log.LogInformation("Shard region {TypeName} handed off all its shards", _typeName);
        foreach (var waiter in _handOffWaiters)
        {
            waiter.Tell(AllShardsHandedOff.Instance, Self);
        }
        _handOffWaiters.Clear();
    }
}
