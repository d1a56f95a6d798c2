using Microsoft.Extensions.Logging;

namespace ActorOrchestrator.Actors.Cluster.Sharding;

/// <summary>
/// Remember-entities: the shard's child <see cref="RememberedEntitiesStore"/> holds which entities are started. On
/// start the shard stashes everything until the store has recovered, then starts every remembered entity. A new
/// entity's messages wait until its start is recorded; writes go one at a time, each carrying every change gathered
/// meanwhile. An entity that passivates is forgotten; one that stops by itself is started again after a back-off;
/// a hand-off keeps them all remembered for the next home.
/// </summary>
internal sealed partial class Shard
{
    private readonly HashSet<string> _toRemember = new(StringComparer.Ordinal);
    private readonly HashSet<string> _toForget = new(StringComparer.Ordinal);
    private IActorRef? _store;
    private bool _writing;

    private void StartLoadingRememberedEntities()
    {
        _store = Context.ActorOf(RememberedEntitiesStore.Props(_typeName, _shardId, _settings.SnapshotAfter));
        Context.Watch(_store);
        Context.Become(LoadingRememberedEntities);
    }

    private bool LoadingRememberedEntities(object message)
    {
        switch (message)
        {
            case RememberedEntities remembered:
                StartRemembered(remembered);
                return true;
            case Terminated terminated when ReferenceEquals(terminated.ActorRef, _store):
                HandleStoreStopped();
                return true;
            default:
                Stash.Stash();
                return true;
        }
    }

    private void StartRemembered(RememberedEntities remembered)
    {
        if (remembered.EntityIds.Length > 0)
        {
            Context.Log.LogInformation("Shard {ShardId} of {TypeName} starts {Count} remembered entities", _shardId, _typeName, remembered.EntityIds.Length);
        }
        foreach (var id in remembered.EntityIds)
        {
            if (!_entities.ContainsKey(id))
            {
                var entry = new EntityEntry(id);
                _entities.Add(id, entry);
                StartEntity(entry);
            }
        }
        Context.Become(Receive);
        Stash.UnstashAll();
    }

    private void Remember(EntityEntry entry)
    {
        entry.Recording = true;
        _toForget.Remove(entry.Id);
        _toRemember.Add(entry.Id);
        WriteRememberedChanges();
    }

    private void Forget(string entityId)
    {
        _toRemember.Remove(entityId);
        _toForget.Add(entityId);
        WriteRememberedChanges();
    }

    private void WriteRememberedChanges()
    {
        if (_writing || _store is null || (_toRemember.Count == 0 && _toForget.Count == 0))
        {
            return;
        }
        _store.Tell(new UpdateRememberedEntities([.. _toRemember], [.. _toForget]), Self);
        _toRemember.Clear();
        _toForget.Clear();
        _writing = true;
    }

    private void HandleRememberedEntitiesUpdated(RememberedEntitiesUpdated updated)
    {
        _writing = false;
        foreach (var id in updated.Started)
        {
            if (_entities.TryGetValue(id, out var entry) && entry.Recording)
            {
                entry.Recording = false;
                if (_handingOff)
                {
                    ReturnWaiting(entry);
                }
                else
                {
                    StartWithWaiting(entry);
                }
            }
        }
        WriteRememberedChanges();
        StopWhenHandedOff();
    }

    private void RestartLater(EntityEntry entry)
    {
        Context.Log.LogWarning(
            "Remembered entity {EntityId} of shard {ShardId} of {TypeName} stopped without passivating; it starts again in {Backoff}",
            entry.Id, _shardId, _typeName, _settings.EntityRestartBackoff);
        Timers.StartSingleTimer("restart-" + entry.Id, new RestartEntity(entry.Id), _settings.EntityRestartBackoff);
    }

    private void HandleRestartEntity(string entityId)
    {
        if (!_handingOff && _entities.TryGetValue(entityId, out var entry) && entry.Ref is null && !entry.Recording && !entry.Stopping)
        {
            StartEntity(entry);
        }
    }

    private void HandleStoreStopped()
    {
        Context.Log.LogError(
            "Shard {ShardId} of {TypeName} cannot record its remembered entities (their store stopped; see the error before); the shard stops and its region starts it again",
            _shardId, _typeName);
        Context.Stop(Self);
    }
}
