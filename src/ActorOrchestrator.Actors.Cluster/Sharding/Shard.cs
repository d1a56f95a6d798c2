using Microsoft.Extensions.Logging;

namespace ActorOrchestrator.Actors.Cluster.Sharding;

/// <summary>
/// Hosts the entities of one shard: starts an entity at its first message, forwards, passivates on request or when
/// idle, and on hand-off stops every entity with the entity type's stop message, then stops itself.
/// </summary>
internal sealed class Shard : ActorBase, IWithTimers
{
    private const string IdleCheckTimer = "idle-check";

    private readonly string _shardId;
    private readonly Props _entityProps;
    private readonly IMessageExtractor _extractor;
    private readonly object _stopMessage;
    private readonly TimeSpan? _idleAfter;
    private readonly Dictionary<string, EntityEntry> _entities = new(StringComparer.Ordinal);
    private readonly Dictionary<IActorRef, EntityEntry> _byRef = [];
    private bool _handingOff;

    private Shard(string shardId, Props entityProps, IMessageExtractor extractor, object stopMessage, TimeSpan? idleAfter)
    {
        _shardId = shardId;
        _entityProps = entityProps;
        _extractor = extractor;
        _stopMessage = stopMessage;
        _idleAfter = idleAfter;
    }

    public ITimerScheduler Timers { get; set; } = null!;

    public static Props Props(string shardId, Props entityProps, IMessageExtractor extractor, object stopMessage, TimeSpan? idleAfter) =>
        Actors.Props.Create(() => new Shard(shardId, entityProps, extractor, stopMessage, idleAfter));

    protected override void PreStart()
    {
        if (_idleAfter is { } idle)
        {
            Timers.StartPeriodicTimer(IdleCheckTimer, IdleCheck.Instance, idle / 2);
        }
    }

    protected override bool Receive(object message)
    {
        switch (message)
        {
            case Terminated terminated:
                HandleEntityStopped(terminated.ActorRef);
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
        }
        if (_idleAfter is not null)
        {
            entry.LastActivity = Context.System.Scheduler.Now;
        }
        if (entry.Stopping)
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

    private void HandlePassivate(Passivate passivate)
    {
        if (_byRef.TryGetValue(Sender, out var entry) && !entry.Stopping)
        {
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

    private void HandleEntityStopped(IActorRef entity)
    {
        if (!_byRef.Remove(entity, out var entry))
        {
            return;
        }
        entry.Ref = null;
        entry.Stopping = false;
        if (entry.Waiting is { Count: > 0 } waiting)
        {
            entry.Waiting = null;
            if (_handingOff)
            {
                _entities.Remove(entry.Id);
                while (waiting.TryDequeue(out var envelope))
                {
                    Context.Parent.Tell(envelope.Message, envelope.Sender);
                }
            }
            else
            {
                var restarted = StartEntity(entry);
                while (waiting.TryDequeue(out var envelope))
                {
                    restarted.Tell(_extractor.EntityMessage(envelope.Message), envelope.Sender);
                }
            }
        }
        else
        {
            _entities.Remove(entry.Id);
        }
        StopWhenHandedOff();
    }

    private void HandleHandOff()
    {
        _handingOff = true;
        Timers.Cancel(IdleCheckTimer);
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
