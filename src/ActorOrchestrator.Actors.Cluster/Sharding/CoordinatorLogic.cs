using System.Collections.Immutable;
using ActorOrchestrator.Actors.Cluster.Events;
using ActorOrchestrator.Actors.Cluster.Sharding.Events;
using Microsoft.Extensions.Logging;

namespace ActorOrchestrator.Actors.Cluster.Sharding;

/// <summary>
/// What the shard coordinator of one entity type decides, whether it keeps its state in memory or in a journal:
/// which region hosts each shard (least-shard allocation), answers to regions asking for homes, bounded rebalance
/// rounds, and forgetting regions that terminate or whose member left. Each change is recorded first; the messages
/// that announce it go out once it is durable. The state changes at once, so later decisions in the same message
/// already count it.
/// </summary>
internal sealed partial class CoordinatorLogic
{
    private const string RebalanceTimer = "rebalance";

    private readonly string _typeName;
    private readonly ShardingSettings _settings;
    private readonly Cluster? _cluster;
    private readonly IActorContext _context;
    private readonly ITimerScheduler _timers;
    private readonly ICoordinatorJournal _journal;
    private readonly RegionKeys _keys;
    private readonly LeastShardAllocationStrategy _strategy;
    private readonly Dictionary<string, List<IActorRef>> _waitingForMove = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<IActorRef>> _allocating = new(StringComparer.Ordinal);
    private CoordinatorState _state;

    public CoordinatorLogic(
        string typeName,
        ShardingSettings settings,
        Cluster? cluster,
        IActorContext context,
        ITimerScheduler timers,
        ICoordinatorJournal journal,
        RegionKeys keys,
        CoordinatorState recovered)
    {
        _typeName = typeName;
        _settings = settings;
        _cluster = cluster;
        _context = context;
        _timers = timers;
        _journal = journal;
        _keys = keys;
        _state = recovered;
        _strategy = new LeastShardAllocationStrategy(settings.RebalanceAbsoluteLimit, settings.RebalanceRelativeLimit);
    }

    public CoordinatorState State => _state;

    private IActorRef Self => _context.Self;

    /// <summary>Starts working on the recovered state: watches its regions (each registers again or is found gone).</summary>
    public void Start()
    {
        foreach (var region in _state.Regions.Keys)
        {
            _context.Watch(region);
        }
        if (_state.Shards.Count > 0)
        {
            _context.Log.LogInformation(
                "Coordinator of {TypeName} recovered {Shards} shards on {Regions} regions; waiting for them to register again",
                _typeName, _state.Shards.Count, _state.Regions.Count);
        }
        _cluster?.Subscribe(Self);
        _timers.StartPeriodicTimer(RebalanceTimer, RebalanceTick.Instance, _settings.RebalanceInterval);
    }

    public void Stop() => _cluster?.Unsubscribe(Self);

    /// <summary>Handles one message; false when it is none of the coordinator's.</summary>
    public bool Handle(object message)
    {
        switch (message)
        {
            case Register register:
                HandleRegister(register.Region, register.HostedShards);
                return true;
            case RegisterProxy proxy:
                HandleRegisterProxy(proxy.Proxy);
                return true;
            case GetShardHome request when _cluster is not null && !_membersKnown:
                // A recovered home may be a region of a member that is gone: answer once the membership says which.
                _askedBeforeMembersKnown.Add(request);
                return true;
            case GetShardHome request:
                AnswerShardHome(request.Shard, request.Region);
                return true;
            case Terminated terminated:
                HandleRegionGone(terminated.ActorRef, "it terminated");
                return true;
            case RebalanceTick:
                StartRebalanceRound();
                return true;
            case RebalanceDone done:
                HandleRebalanceDone(done);
                return true;
            case GracefulShutdownReq shutdown:
                HandleGracefulShutdown(shutdown.Region);
                return true;
            case ShardStopped:
                return true;
            case GetCoordinatorState:
                _context.Sender.Tell(_state, Self);
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

    private void Record(ICoordinatorEvent @event, Action recorded)
    {
        _state = _state.Apply(@event, _keys.Resolve);
        _journal.Record(@event, recorded);
    }

    private static void Nothing()
    {
    }

    private void HandleRegister(IActorRef region, ImmutableArray<string> hostedShards)
    {
        _context.Watch(region);
        if (!_state.Regions.ContainsKey(region))
        {
            Record(new ShardRegionRegistered(_keys.KeyOf(region)), Nothing);
        }
        var hosted = hostedShards.ToHashSet(StringComparer.Ordinal);
        foreach (var shard in hosted)
        {
            if (!_state.Shards.TryGetValue(shard, out var home))
            {
                Record(new ShardHomeAllocated(shard, _keys.KeyOf(region)), Nothing);
            }
            else if (!home.Equals(region))
            {
                _context.Log.LogWarning("Shard {Shard} of {TypeName} is hosted by both {Home} and {Region}; stopping it at {Region}", shard, _typeName, home.Path, region.Path, region.Path);
                region.Tell(new HandOff(shard), Self);
            }
        }
        // A region that lost shards recorded at it (a new incarnation, or one that did not see an allocation) starts them:
        // remembered entities come back without waiting for a message.
        foreach (var shard in _state.Regions[region])
        {
            if (!hosted.Contains(shard) && !_waitingForMove.ContainsKey(shard))
            {
                region.Tell(new HostShard(shard), Self);
            }
        }
        region.Tell(new RegisterAck(Self), Self);
    }

    private void HandleRegisterProxy(IActorRef proxy)
    {
        _state = _state.WithProxy(proxy);
        _context.Watch(proxy);
        proxy.Tell(new RegisterAck(Self), Self);
    }

    private void AnswerShardHome(string shard, IActorRef requester)
    {
        if (_waitingForMove.TryGetValue(shard, out var moving))
        {
            AddOnce(moving, requester);
            return;
        }
        if (_allocating.TryGetValue(shard, out var allocating))
        {
            AddOnce(allocating, requester);
            return;
        }
        if (_state.Shards.TryGetValue(shard, out var home))
        {
            requester.Tell(new ShardHome(shard, home), Self);
            return;
        }
        Allocate(shard, [requester]);
    }

    /// <summary>Allocates <paramref name="shard"/> to the region with the fewest shards; the region and the requesters learn it once recorded.</summary>
    private void Allocate(string shard, List<IActorRef> requesters)
    {
        if (LeastShardAllocationStrategy.Allocate(AllocatableRegions) is not { } region)
        {
            return;
        }
        _allocating[shard] = requesters;
        Record(new ShardHomeAllocated(shard, _keys.KeyOf(region)), () =>
        {
            _context.Log.LogDebug("Shard {Shard} of {TypeName} allocated to {Region}", shard, _typeName, region.Path);
            region.Tell(new HostShard(shard), Self);
            if (_allocating.Remove(shard, out var waiting))
            {
                foreach (var requester in waiting.Where(r => !r.Equals(region) && !r.Equals(Self)))
                {
                    requester.Tell(new ShardHome(shard, region), Self);
                }
            }
        });
    }

    private static void AddOnce(List<IActorRef> waiting, IActorRef requester)
    {
        if (!waiting.Contains(requester))
        {
            waiting.Add(requester);
        }
    }

    private void HandleRegionGone(IActorRef region, string reason)
    {
        _shuttingDown.Remove(region);
        if (_state.Regions.TryGetValue(region, out var shards))
        {
            _context.Log.LogInformation(
                "Region {Region} of {TypeName} is gone ({Reason}); its {Count} shards will be allocated again", region.Path, _typeName, reason, shards.Count);
            Record(new ShardRegionTerminated(_keys.KeyOf(region)), Nothing);
            if (_settings.RememberEntities)
            {
                foreach (var shard in shards)
                {
                    Allocate(shard, []);
                }
            }
        }
        else
        {
            _state = _state.WithoutRegion(region);
        }
    }
}
