using System.Collections.Immutable;
using ActorOrchestrator.Actors.Cluster.Sharding.Events;
using ActorOrchestrator.Actors.Persistence;
using Microsoft.Extensions.Logging;

namespace ActorOrchestrator.Actors.Cluster.Sharding;

/// <summary>
/// The remembered entities of one shard, a persistent actor (persistence id <c>sharding-entities/TYPE/SHARD</c>) and a
/// child of the shard wherever the shard runs: tells its parent what it recovered, then records the parent's updates
/// (passivations first, so an entity forgotten and started again in one update stays remembered) and acknowledges each
/// once durable. A snapshot is saved every snapshot-after events.
/// </summary>
internal sealed class RememberedEntitiesStore : PersistentActor
{
    private readonly string _typeName;
    private readonly string _shardId;
    private readonly int _snapshotAfter;
    private readonly HashSet<string> _entities = new(StringComparer.Ordinal);

    private RememberedEntitiesStore(string typeName, string shardId, int snapshotAfter)
    {
        _typeName = typeName;
        _shardId = shardId;
        _snapshotAfter = snapshotAfter;
        PersistenceId = PersistenceIdOf(typeName, shardId);
        Recover<SnapshotOffer>(offer => Restore((RememberedEntitiesSnapshot)offer.Snapshot));
        Recover<EntitiesStarted>(Apply);
        Recover<EntitiesStopped>(Apply);
        Recover<RecoveryCompleted>(_ => Context.Parent.Tell(new RememberedEntities([.. _entities]), Self));
        Command<UpdateRememberedEntities>(HandleUpdate);
        Command<SaveSnapshotSuccess>(_ => { });
        Command<SaveSnapshotFailure>(failure => Context.Log.LogWarning(
            failure.Cause, "Snapshot of the remembered entities of shard {ShardId} of {TypeName} failed: {Reason}", _shardId, _typeName, failure.Cause.Message));
    }

    public override string PersistenceId { get; }

    public static string PersistenceIdOf(string typeName, string shardId) => $"sharding-entities/{typeName}/{shardId}";

    public static Props Props(string typeName, string shardId, int snapshotAfter) =>
        Actors.Props.Create(() => new RememberedEntitiesStore(typeName, shardId, snapshotAfter));

    private void Restore(RememberedEntitiesSnapshot snapshot)
    {
        _entities.Clear();
        _entities.UnionWith(snapshot.EntityIds);
    }

    private void Apply(EntitiesStarted started) => _entities.UnionWith(started.EntityIds);

    private void Apply(EntitiesStopped stopped) => _entities.ExceptWith(stopped.EntityIds);

    private void HandleUpdate(UpdateRememberedEntities update)
    {
        var events = new List<object>(2);
        if (update.Stopped.Length > 0)
        {
            events.Add(new EntitiesStopped(update.Stopped));
        }
        if (update.Started.Length > 0)
        {
            events.Add(new EntitiesStarted(update.Started));
        }
        var parent = Context.Parent;
        PersistAll(events, recorded =>
        {
            switch (recorded)
            {
                case EntitiesStarted started:
                    Apply(started);
                    break;
                case EntitiesStopped stopped:
                    Apply(stopped);
                    break;
            }
            if (LastSequenceNr % _snapshotAfter == 0)
            {
                SaveSnapshot(new RememberedEntitiesSnapshot([.. _entities]));
            }
        });
        Defer(update, _ => parent.Tell(new RememberedEntitiesUpdated(update.Started, update.Stopped), Self));
    }

    protected override void OnPersistRejected(Exception cause, object @event, long sequenceNr)
    {
        Context.Log.LogError(
            cause, "The remembered entities of shard {ShardId} of {TypeName} cannot be recorded ({EventType}: {Reason}). Register sharding's events "
            + "with ShardingEvents.Register(builder) on the EventTypeRegistryBuilder the persistence store is opened with",
            _shardId, _typeName, @event.GetType().Name, cause.Message);
        Context.Stop(Self);
    }
}
