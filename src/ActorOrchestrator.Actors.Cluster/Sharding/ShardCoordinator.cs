using System.Collections.Immutable;
using ActorOrchestrator.Actors.Cluster.Events;
using ActorOrchestrator.Actors.Cluster.Membership;
using Microsoft.Extensions.Logging;

namespace ActorOrchestrator.Actors.Cluster.Sharding;

/// <summary>
/// Decides which region hosts each shard of one entity type (least-shard allocation), answers regions asking for
/// homes, moves shards in bounded rebalance rounds (paused while members are joining or unreachable) and forgets
/// the shards of regions that terminate. Its state lives in memory: a new coordinator adopts the shards the
/// regions report when they register.
/// </summary>
internal sealed class ShardCoordinator : ActorBase, IWithTimers
{
    private const string RebalanceTimer = "rebalance";

    private readonly string _typeName;
    private readonly ShardingSettings _settings;
    private readonly Cluster? _cluster;
    private readonly LeastShardAllocationStrategy _strategy;
    private readonly Dictionary<string, List<IActorRef>> _waitingForMove = new(StringComparer.Ordinal);
    private readonly Dictionary<UniqueAddress, Member> _members = [];
    private readonly HashSet<UniqueAddress> _unreachable = [];
    private CoordinatorState _state = CoordinatorState.Empty;

    private ShardCoordinator(string typeName, ShardingSettings settings, Cluster? cluster)
    {
        _typeName = typeName;
        _settings = settings;
        _cluster = cluster;
        _strategy = new LeastShardAllocationStrategy(settings.RebalanceAbsoluteLimit, settings.RebalanceRelativeLimit);
    }

    public ITimerScheduler Timers { get; set; } = null!;

    public static Props Props(string typeName, ShardingSettings settings, Cluster? cluster) =>
        Actors.Props.Create(() => new ShardCoordinator(typeName, settings, cluster));

    protected override void PreStart()
    {
        _cluster?.Subscribe(Self);
        Timers.StartPeriodicTimer(RebalanceTimer, RebalanceTick.Instance, _settings.RebalanceInterval);
    }

    protected override void PostStop() => _cluster?.Unsubscribe(Self);

    protected override bool Receive(object message)
    {
        switch (message)
        {
            case Register register:
                HandleRegister(register);
                return true;
            case RegisterProxy proxy:
                _state = _state.WithProxy(proxy.Proxy);
                Context.Watch(proxy.Proxy);
                proxy.Proxy.Tell(new RegisterAck(Self), Self);
                return true;
            case GetShardHome request:
                AnswerShardHome(request.Shard, request.Region);
                return true;
            case Terminated terminated:
                HandleRegionTerminated(terminated.ActorRef);
                return true;
            case RebalanceTick:
                StartRebalanceRound();
                return true;
            case RebalanceDone done:
                HandleRebalanceDone(done);
                return true;
            case ShardStopped:
                return true;
            case GetCoordinatorState:
                Sender.Tell(_state, Self);
                return true;
            case CurrentClusterState clusterState:
                TrackMembers(clusterState);
                return true;
            case IClusterDomainEvent clusterEvent:
                TrackMember(clusterEvent);
                return true;
            default:
                return false;
        }
    }

    private void HandleRegister(Register register)
    {
        var region = register.Region;
        _state = _state.WithRegion(region);
        Context.Watch(region);
        foreach (var shard in register.HostedShards)
        {
            if (!_state.Shards.TryGetValue(shard, out var home))
            {
                _state = _state.Allocated(shard, region);
            }
            else if (!home.Equals(region))
            {
                Context.Log.LogWarning("Shard {Shard} of {TypeName} is hosted by both {Home} and {Region}; stopping it at {Region}", shard, _typeName, home.Path, region.Path, region.Path);
                region.Tell(new HandOff(shard), Self);
            }
        }
        region.Tell(new RegisterAck(Self), Self);
    }

    private void AnswerShardHome(string shard, IActorRef requester)
    {
        if (_waitingForMove.TryGetValue(shard, out var waiting))
        {
            if (!waiting.Contains(requester))
            {
                waiting.Add(requester);
            }
            return;
        }
        if (_state.Shards.TryGetValue(shard, out var home))
        {
            requester.Tell(new ShardHome(shard, home), Self);
            return;
        }
        if (LeastShardAllocationStrategy.Allocate(_state.Regions) is not { } region)
        {
            return;
        }
        _state = _state.Allocated(shard, region);
        Context.Log.LogDebug("Shard {Shard} of {TypeName} allocated to {Region}", shard, _typeName, region.Path);
        region.Tell(new HostShard(shard), Self);
        if (!requester.Equals(region))
        {
            requester.Tell(new ShardHome(shard, region), Self);
        }
    }

    private void HandleRegionTerminated(IActorRef region)
    {
        if (_state.Regions.TryGetValue(region, out var shards))
        {
            Context.Log.LogInformation("Region {Region} of {TypeName} terminated; its {Count} shards will be allocated again", region.Path, _typeName, shards.Count);
        }
        _state = _state.WithoutRegion(region);
    }

    private void StartRebalanceRound()
    {
        if (RebalancePaused())
        {
            return;
        }
        var shards = _strategy.Rebalance(_state.Regions, _waitingForMove.Count);
        if (shards.Length > 0)
        {
            Context.Log.LogInformation("Rebalancing {Count} shards of {TypeName}: [{Shards}]", shards.Length, _typeName, string.Join(", ", shards));
        }
        var everyone = _state.Regions.Keys.Concat(_state.Proxies).ToImmutableArray();
        foreach (var shard in shards)
        {
            _waitingForMove.Add(shard, []);
            Context.ActorOf(RebalanceWorker.Props(shard, _state.Shards[shard], everyone, _settings.HandOffTimeout));
        }
    }

    private bool RebalancePaused() =>
        _unreachable.Count > 0 || _members.Values.Any(static m => m.Status is MemberStatus.Joining or MemberStatus.WeaklyUp);

    private void HandleRebalanceDone(RebalanceDone done)
    {
        if (done.Stopped)
        {
            _state = _state.Deallocated(done.Shard);
        }
        else
        {
            Context.Log.LogWarning("Hand-off of shard {Shard} of {TypeName} timed out after {Timeout}; it stays where it was", done.Shard, _typeName, _settings.HandOffTimeout);
        }
        if (_waitingForMove.Remove(done.Shard, out var waiting))
        {
            foreach (var requester in waiting)
            {
                AnswerShardHome(done.Shard, requester);
            }
        }
    }

    private void TrackMembers(CurrentClusterState state)
    {
        _members.Clear();
        _unreachable.Clear();
        foreach (var member in state.Members)
        {
            _members[member.UniqueAddress] = member;
        }
        foreach (var member in state.Unreachable)
        {
            _unreachable.Add(member.UniqueAddress);
        }
    }

    private void TrackMember(IClusterDomainEvent clusterEvent)
    {
        switch (clusterEvent)
        {
            case MemberRemoved removed:
                _members.Remove(removed.Member.UniqueAddress);
                _unreachable.Remove(removed.Member.UniqueAddress);
                break;
            case IMemberEvent changed:
                _members[changed.Member.UniqueAddress] = changed.Member;
                break;
            case UnreachableMember unreachable:
                _unreachable.Add(unreachable.Member.UniqueAddress);
                break;
            case ReachableMember reachable:
                _unreachable.Remove(reachable.Member.UniqueAddress);
                break;
        }
    }
}
