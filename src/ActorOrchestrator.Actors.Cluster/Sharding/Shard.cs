using Microsoft.Extensions.Logging;

namespace ActorOrchestrator.Actors.Cluster.Sharding;

/// <summary>
/// Hosts the entities of one shard: starts an entity at its first message, forwards, passivates on request or when
/// idle, and on hand-off stops every entity with the entity type's stop message, then stops itself. With
/// remember-entities it first loads the shard's remembered entities and starts them (see Shard.Remembering.cs).
/// </summary>
internal sealed partial class Shard : ActorBase, IWithTimers, IWithStash
{
    private const string IdleCheckTimer = "idle-check";

    private readonly string _typeName;
    private readonly string _shardId;
    private readonly Props _entityProps;
    private readonly IMessageExtractor _extractor;
    private readonly object _stopMessage;
    private readonly ShardingSettings _settings;
    private readonly TimeSpan? _idleAfter;
    private readonly Dictionary<string, EntityEntry> _entities = new(StringComparer.Ordinal);
    private readonly Dictionary<IActorRef, EntityEntry> _byRef = [];
    private bool _handingOff;

    private Shard(string typeName, string shardId, Props entityProps, IMessageExtractor extractor, object stopMessage, ShardingSettings settings)
    {
        _typeName = typeName;
        _shardId = shardId;
        _entityProps = entityProps;
        _extractor = extractor;
        _stopMessage = stopMessage;
        _settings = settings;
        _idleAfter = settings.RememberEntities ? null : settings.PassivateIdleEntityAfter;
    }

    public ITimerScheduler Timers { get; set; } = null!;

    public IStash Stash { get; set; } = null!;

    public static Props Props(string typeName, string shardId, Props entityProps, IMessageExtractor extractor, object stopMessage, ShardingSettings settings) =>
        Actors.Props.Create(() => new Shard(typeName, shardId, entityProps, extractor, stopMessage, settings));

    protected override void PreStart()
    {
        if (_idleAfter is { } idle)
        {
            Timers.StartPeriodicTimer(IdleCheckTimer, IdleCheck.Instance, idle / 2);
        }
        if (_settings.RememberEntities)
        {
            StartLoadingRememberedEntities();
        }
    }

    protected override bool Receive(object message)
    {
        switch (message)
        {
            case Terminated terminated:
                HandleTerminated(terminated.ActorRef);
                return true;
            case Passivate passivate:
                HandlePassivate(passivate);
                return true;
            case HandOff:
                HandleHandOff();
                return true;
            case IdleCheck:
                PassivateIdleEntities();
                return true;
            case RememberedEntitiesUpdated updated:
                HandleRememberedEntitiesUpdated(updated);
                return true;
            case RestartEntity restart:
                HandleRestartEntity(restart.EntityId);
                return true;
            default:
                DeliverToEntity(message);
                return true;
        }
    }

    private void DeliverToEntity(object message)
    {
        if (_handingOff)
        {
            // The region forgot this shard's home before the hand-off: it buffers the message for the next home.
            Context.Parent.Tell(message, Sender);
            return;
        }
        var id = _extractor.EntityId(message);
        if (string.IsNullOrEmpty(id))
        {
            Unhandled(message);
            return;
        }
        if (!_entities.TryGetValue(id, out var entry))
        {
            entry = new EntityEntry(id);
            _entities.Add(id, entry);
            if (_settings.RememberEntities)
            {
                Remember(entry);
            }
        }
        if (_idleAfter is not null)
        {
            entry.LastActivity = Context.System.Scheduler.Now;
        }
        if (entry.Stopping || entry.Recording)
        {
            (entry.Waiting ??= new Queue<Envelope>()).Enqueue(new Envelope(message, Sender));
            return;
        }
        (entry.Ref ?? StartEntity(entry)).Tell(_extractor.EntityMessage(message), Sender);
    }

    private IActorRef StartEntity(EntityEntry entry)
    {
        var entity = Context.ActorOf(_entityProps, EntityNames.Escape(entry.Id));
        Context.Watch(entity);
        entry.Ref = entity;
        _byRef[entity] = entry;
        return entity;
    }

    /// <summary>Starts <paramref name="entry"/> (when it does not run) and hands it the messages that waited for it.</summary>
    private void StartWithWaiting(EntityEntry entry)
    {
        var entity = entry.Ref ?? StartEntity(entry);
        if (entry.Waiting is { } waiting)
        {
            entry.Waiting = null;
            while (waiting.TryDequeue(out var envelope))
            {
                entity.Tell(_extractor.EntityMessage(envelope.Message), envelope.Sender);
            }
        }
    }

    /// <summary>Sends the messages that waited for <paramref name="entry"/> back to the region (the shard is moving) and forgets it here.</summary>
    private void ReturnWaiting(EntityEntry entry)
    {
        _entities.Remove(entry.Id);
        if (entry.Waiting is { } waiting)
        {
            entry.Waiting = null;
            while (waiting.TryDequeue(out var envelope))
            {
                Context.Parent.Tell(envelope.Message, envelope.Sender);
            }
        }
    }

    private void HandlePassivate(Passivate passivate)
    {
        if (_byRef.TryGetValue(Sender, out var entry) && !entry.Stopping)
        {
            entry.Passivated = true;
            StopEntity(entry, passivate.StopMessage);
        }
    }

    private void StopEntity(EntityEntry entry, object stopMessage)
    {
        entry.Stopping = true;
        entry.Ref!.Tell(stopMessage, Self);
    }

    private void PassivateIdleEntities()
    {
        var idleSince = Context.System.Scheduler.Now - _idleAfter!.Value;
        foreach (var entry in _byRef.Values)
        {
            if (!entry.Stopping && entry.LastActivity <= idleSince)
            {
                Context.Log.LogDebug("Passivating idle entity {EntityId} of shard {ShardId}", entry.Id, _shardId);
                StopEntity(entry, _stopMessage);
            }
        }
    }

    private void HandleTerminated(IActorRef actor)
    {
        if (ReferenceEquals(actor, _store))
        {
            HandleStoreStopped();
            return;
        }
        if (!_byRef.Remove(actor, out var entry))
        {
            return;
        }
        entry.Ref = null;
        var stopping = entry.Stopping;
        var passivated = entry.Passivated;
        entry.Stopping = false;
        entry.Passivated = false;
        if (entry.Waiting is { Count: > 0 })
        {
            if (_handingOff)
            {
                ReturnWaiting(entry);
            }
            else
            {
                StartWithWaiting(entry);
            }
        }
        else if (_settings.RememberEntities && !stopping && !_handingOff)
        {
            RestartLater(entry);
        }
        else
        {
            _entities.Remove(entry.Id);
            if (_settings.RememberEntities && passivated && !_handingOff)
            {
                Forget(entry.Id);
            }
        }
        StopWhenHandedOff();
    }

    private void HandleHandOff()
    {
        _handingOff = true;
        Timers.Cancel(IdleCheckTimer);
        foreach (var entry in _entities.Values.Where(static e => e.Ref is null).ToList())
        {
            ReturnWaiting(entry);
        }
        foreach (var entry in _byRef.Values)
        {
            if (!entry.Stopping)
            {
                StopEntity(entry, _stopMessage);
            }
        }
        StopWhenHandedOff();
    }

    private void StopWhenHandedOff()
    {
        if (_handingOff && _byRef.Count == 0)
        {
            Context.Stop(Self);
        }
    }

    private sealed record IdleCheck
    {
        public static readonly IdleCheck Instance = new();
    }
}
