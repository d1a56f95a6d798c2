using System.Collections.Immutable;
using Microsoft.Extensions.Logging;

namespace ActorOrchestrator.Actors.Cluster.Sharding;

/// <summary>
/// The entry point of one entity type on one member: routes each message to the region hosting its shard, buffers
/// (bounded) while a shard's home is unknown or moving and asks the coordinator, hosts the shards allocated to it.
/// A proxy region (no entity props) only routes.
/// </summary>
internal sealed partial class ShardRegion : ActorBase, IWithTimers
{
    private const string RetryTimer = "retry";

    private readonly string _typeName;
    private readonly Props? _entityProps;
    private readonly ShardingSettings _settings;
    private readonly IMessageExtractor _extractor;
    private readonly object _stopMessage;
    private readonly Dictionary<string, IActorRef> _homes = new(StringComparer.Ordinal);
    private readonly Dictionary<IActorRef, HashSet<string>> _shardsByRegion = [];
    private readonly Dictionary<string, IActorRef> _localShards = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Queue<Envelope>> _buffers = new(StringComparer.Ordinal);
    private int _buffered;
    private long _dropped;

    private ShardRegion(string typeName, Props? entityProps, ShardingSettings settings, IMessageExtractor extractor, object stopMessage, CoordinatorPlacement placement)
    {
        _typeName = typeName;
        _entityProps = entityProps;
        _settings = settings;
        _extractor = extractor;
        _stopMessage = stopMessage;
        _placement = placement;
    }

    public ITimerScheduler Timers { get; set; } = null!;

    private bool IsProxy => _entityProps is null;

    /// <summary>A region hosting entities of <paramref name="entityProps"/>, or a proxy when it is null.</summary>
    public static Props Props(string typeName, Props? entityProps, ShardingSettings settings, IMessageExtractor extractor, object stopMessage, CoordinatorPlacement placement) =>
        Actors.Props.Create(() => new ShardRegion(typeName, entityProps, settings, extractor, stopMessage, placement));

    protected override void PreStart()
    {
        Timers.StartPeriodicTimer(RetryTimer, RetryTick.Instance, _settings.RetryInterval);
        StartLocatingCoordinator();
        if (_placement.Moves && !IsProxy)
        {
            RegisterShutdownTask();
        }
    }

    protected override bool Receive(object message)
    {
        switch (message)
        {
            case IShardingMessage protocol:
                HandleProtocol(protocol);
                return true;
            case Terminated terminated:
                HandleTerminated(terminated.ActorRef);
                return true;
            case RetryTick:
                RetryRegistrationAndHomes();
                return true;
            case RestartShard restart:
                HandleRestartShard(restart.Shard);
                return true;
            case HandOffAllShards handOffAll:
                HandleHandOffAllShards(handOffAll);
                return true;
            case GetShardRegionState:
                Sender.Tell(new CurrentShardRegionState(_localShards.Keys.ToImmutableSortedSet(StringComparer.Ordinal)), Self);
                return true;
            default:
                RouteMessage(message, Sender);
                return true;
        }
    }

    private void HandleProtocol(IShardingMessage message)
    {
        switch (message)
        {
            case RegisterAck ack:
                HandleRegisterAck(ack);
                break;
            case ShardHome home:
                HandleShardHome(home.Shard, home.Region);
                break;
            case HostShard host:
                HandleHostShard(host.Shard);
                break;
            case BeginHandOff begin:
                ForgetHome(begin.Shard);
                Sender.Tell(new BeginHandOffAck(begin.Shard, Self), Self);
                break;
            case HandOff handOff:
                HandleHandOff(handOff.Shard);
                break;
            default:
                Context.Log.LogWarning("Shard region {TypeName} ignores unexpected {Message} from {Sender}", _typeName, message, Sender);
                break;
        }
    }

    private void RouteMessage(object message, IActorRef sender)
    {
        var entityId = _extractor.EntityId(message);
        if (string.IsNullOrEmpty(entityId))
        {
            Context.Log.LogWarning("Shard region {TypeName} cannot route {MessageType}: the extractor gave it no entity id", _typeName, message.GetType().Name);
            Unhandled(message);
            return;
        }
        var shard = _extractor.ShardId(entityId);
        if (_homes.TryGetValue(shard, out var home))
        {
            if (ReferenceEquals(home, Self))
            {
                DeliverLocally(shard, message, sender);
            }
            else
            {
                home.Tell(message, sender);
            }
            return;
        }
        Buffer(shard, message, sender);
    }

    private void DeliverLocally(string shard, object message, IActorRef sender)
    {
        if (_localShards.TryGetValue(shard, out var shardRef))
        {
            shardRef.Tell(message, sender);
        }
        else if (IsStopping(shard))
        {
            Buffer(shard, message, sender);
        }
        else
        {
            StartShard(shard).Tell(message, sender);
        }
    }

    private IActorRef StartShard(string shard)
    {
        var shardRef = Context.ActorOf(
            Shard.Props(_typeName, shard, _entityProps!, _extractor, _stopMessage, _settings),
            EntityNames.Escape(shard));
        Context.Watch(shardRef);
        _localShards.Add(shard, shardRef);
        return shardRef;
    }

    private void Buffer(string shard, object message, IActorRef sender)
    {
        if (_buffered >= _settings.BufferSize)
        {
            if (_dropped++ % 10_000 == 0)
            {
                Context.Log.LogWarning(
                    "Shard region {TypeName} buffer is full ({BufferSize} messages): dropping a message for shard {Shard} ({Dropped} dropped so far)",
                    _typeName, _settings.BufferSize, shard, _dropped);
            }
            return;
        }
        if (!_buffers.TryGetValue(shard, out var queue))
        {
            queue = new Queue<Envelope>();
            _buffers.Add(shard, queue);
            AskForHome(shard);
        }
        queue.Enqueue(new Envelope(message, sender));
        _buffered++;
    }

    private void HandleShardHome(string shard, IActorRef region)
    {
        ForgetHome(shard);
        _homes[shard] = region;
        if (!ReferenceEquals(region, Self))
        {
            if (!_shardsByRegion.TryGetValue(region, out var shards))
            {
                shards = new HashSet<string>(StringComparer.Ordinal);
                _shardsByRegion.Add(region, shards);
                Context.Watch(region);
            }
            shards.Add(shard);
        }
        DeliverBuffered(shard);
    }

    /// <summary>This region hosts <paramref name="shard"/> from now on; with remember-entities it starts at once, with its entities.</summary>
    private void HandleHostShard(string shard)
    {
        HandleShardHome(shard, Self);
        if (_settings.RememberEntities && !IsProxy && !_localShards.ContainsKey(shard) && !IsStopping(shard))
        {
            StartShard(shard);
        }
    }

    private void DeliverBuffered(string shard)
    {
        if (!_homes.ContainsKey(shard) || IsStopping(shard) || !_buffers.Remove(shard, out var queue))
        {
            return;
        }
        _buffered -= queue.Count;
        while (queue.TryDequeue(out var envelope))
        {
            RouteMessage(envelope.Message, envelope.Sender);
        }
    }

    private void ForgetHome(string shard)
    {
        if (_homes.Remove(shard, out var home) && _shardsByRegion.TryGetValue(home, out var shards))
        {
            shards.Remove(shard);
        }
    }

    private void RetryRegistrationAndHomes()
    {
        AskToMoveAllShards();
        if (!_registered)
        {
            RegisterWithCoordinator();
            return;
        }
        foreach (var shard in _buffers.Keys)
        {
            AskForHome(shard);
        }
    }

    private void AskForHome(string shard)
    {
        if (_registered)
        {
            Coordinator.Tell(new GetShardHome(shard, Self), Self);
        }
    }

    private void HandleTerminated(IActorRef actor)
    {
        if (HandleShardStopped(actor))
        {
            return;
        }
        if (HandleCoordinatorTerminated(actor))
        {
            return;
        }
        if (_shardsByRegion.Remove(actor, out var shards))
        {
            foreach (var shard in shards)
            {
                _homes.Remove(shard);
            }
        }
    }
}
