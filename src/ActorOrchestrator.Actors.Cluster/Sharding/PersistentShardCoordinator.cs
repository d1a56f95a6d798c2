using ActorOrchestrator.Actors.Cluster.Sharding.Events;
using ActorOrchestrator.Actors.Persistence;
using Microsoft.Extensions.Logging;

namespace ActorOrchestrator.Actors.Cluster.Sharding;

/// <summary>
/// The shard coordinator of a cluster: a persistent actor (persistence id <c>sharding-coordinator/TYPE</c>) that records
/// every allocation before announcing it, so the next coordinator (after the oldest member left or crashed) recovers
/// the allocation table, then reconciles it with the regions that register again and drops the regions of members
/// that are gone. A snapshot is saved every snapshot-after events.
/// </summary>
internal sealed class PersistentShardCoordinator : PersistentActor, IWithTimers, ICoordinatorJournal
{
    private readonly string _typeName;
    private readonly ShardingSettings _settings;
    private readonly Cluster _cluster;
    private readonly RegionKeys _keys;
    private CoordinatorState _recovered = CoordinatorState.Empty;
    private CoordinatorLogic? _logic;

    private PersistentShardCoordinator(string typeName, ShardingSettings settings, Cluster cluster)
    {
        _typeName = typeName;
        _settings = settings;
        _cluster = cluster;
        _keys = RegionKeys.Remote(cluster.Remoting);
        PersistenceId = PersistenceIdOf(typeName);
        Recover<SnapshotOffer>(offer => _recovered = CoordinatorState.FromSnapshot((ShardCoordinatorSnapshot)offer.Snapshot, _keys.Resolve));
        Recover<ICoordinatorEvent>(recorded => _recovered = _recovered.Apply(recorded, _keys.Resolve));
        Recover<RecoveryCompleted>(_ => StartWorking());
        Command<SaveSnapshotSuccess>(_ => { });
        Command<SaveSnapshotFailure>(failure => Context.Log.LogWarning(
            failure.Cause, "Snapshot of the coordinator of {TypeName} failed; recovery replays more events until the next one: {Reason}", _typeName, failure.Cause.Message));
        Command<object>(HandleCommand);
    }

    public override string PersistenceId { get; }

    public ITimerScheduler Timers { get; set; } = null!;

    public static string PersistenceIdOf(string typeName) => "sharding-coordinator/" + typeName;

    public static Props Props(string typeName, ShardingSettings settings, Cluster cluster) =>
        Actors.Props.Create(() => new PersistentShardCoordinator(typeName, settings, cluster));

    public void Record(ICoordinatorEvent @event, Action recorded) => Persist(@event, _ =>
    {
        recorded();
        if (LastSequenceNr % _settings.SnapshotAfter == 0 && _logic is not null)
        {
            SaveSnapshot(_logic.State.ToSnapshot(_keys.KeyOf));
        }
    });

    protected override void PostStop()
    {
        _logic?.Stop();
        base.PostStop();
    }

    protected override void OnPersistRejected(Exception cause, object @event, long sequenceNr)
    {
        Context.Log.LogError(
            cause, "The coordinator of {TypeName} cannot record {EventType}: {Reason}. Register sharding's events with ShardingEvents.Register(builder) "
            + "on the EventTypeRegistryBuilder the persistence store is opened with; the coordinator stops and starts again after a back-off",
            _typeName, @event.GetType().Name, cause.Message);
        Context.Stop(Self);
    }

    private void StartWorking()
    {
        _logic = new CoordinatorLogic(_typeName, _settings, _cluster, Context, Timers, this, _keys, _recovered);
        _recovered = CoordinatorState.Empty;
        _logic.Start();
    }

    private void HandleCommand(object message)
    {
        if (_logic is null || !_logic.Handle(message))
        {
            Unhandled(message);
        }
    }
}
