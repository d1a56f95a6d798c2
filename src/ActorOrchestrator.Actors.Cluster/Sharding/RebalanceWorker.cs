using System.Collections.Immutable;

namespace ActorOrchestrator.Actors.Cluster.Sharding;

/// <summary>
/// Moves one shard away from its owner: BeginHandOff to every region and proxy, HandOff to the owner once all
/// acknowledged (acks are idempotent; a region that terminates counts as acknowledged), then waits for ShardStopped.
/// Reports <see cref="RebalanceDone"/> to the coordinator, unsuccessful after the hand-off timeout.
/// </summary>
internal sealed class RebalanceWorker : ActorBase, IWithTimers
{
    private const string TimeoutTimer = "handoff-timeout";

    private readonly string _shard;
    private readonly IActorRef _owner;
    private readonly HashSet<IActorRef> _awaitingAck;
    private readonly TimeSpan _timeout;
    private bool _handOffSent;

    private RebalanceWorker(string shard, IActorRef owner, ImmutableArray<IActorRef> regions, TimeSpan timeout)
    {
        _shard = shard;
        _owner = owner;
        _awaitingAck = [.. regions];
        _timeout = timeout;
    }

    public ITimerScheduler Timers { get; set; } = null!;

    public static Props Props(string shard, IActorRef owner, ImmutableArray<IActorRef> regions, TimeSpan timeout) =>
        Actors.Props.Create(() => new RebalanceWorker(shard, owner, regions, timeout));

    protected override void PreStart()
    {
        Timers.StartSingleTimer(TimeoutTimer, HandOffTimedOut.Instance, _timeout);
        Context.Watch(_owner);
        foreach (var region in _awaitingAck)
        {
            Context.Watch(region);
            region.Tell(new BeginHandOff(_shard), Self);
        }
        HandOffWhenAllAcknowledged();
    }

    protected override bool Receive(object message)
    {
        switch (message)
        {
            case BeginHandOffAck ack when ack.Shard == _shard:
                _awaitingAck.Remove(ack.Region);
                HandOffWhenAllAcknowledged();
                return true;
            case ShardStopped stopped when stopped.Shard == _shard:
                Finish(true);
                return true;
            case Terminated terminated:
                _awaitingAck.Remove(terminated.ActorRef);
                if (terminated.ActorRef.Equals(_owner))
                {
                    Finish(true);
                }
                else
                {
                    HandOffWhenAllAcknowledged();
                }
                return true;
            case HandOffTimedOut:
                Finish(false);
                return true;
            default:
                return false;
        }
    }

    private void HandOffWhenAllAcknowledged()
    {
        if (!_handOffSent && _awaitingAck.Count == 0)
        {
            _handOffSent = true;
            _owner.Tell(new HandOff(_shard), Self);
        }
    }

    private void Finish(bool stopped)
    {
        Context.Parent.Tell(new RebalanceDone(_shard, stopped), Self);
        Context.Stop(Self);
    }

    private sealed record HandOffTimedOut
    {
        public static readonly HandOffTimedOut Instance = new();
    }
}
