using ActorOrchestrator.Actors.Cluster.Sharding.Events;

namespace ActorOrchestrator.Actors.Cluster.Sharding;

/// <summary>
/// The shard coordinator that keeps its allocations in memory: within a single actor system, and in a cluster whose
/// host did not start persistence (a new coordinator then adopts the shards the regions report when they register).
/// </summary>
internal sealed class ShardCoordinator : ActorBase, IWithTimers, ICoordinatorJournal
{
    private readonly string _typeName;
    private readonly ShardingSettings _settings;
    private readonly Cluster? _cluster;
    private CoordinatorLogic _logic = null!;

    private ShardCoordinator(string typeName, ShardingSettings settings, Cluster? cluster)
    {
        _typeName = typeName;
        _settings = settings;
        _cluster = cluster;
    }

    public ITimerScheduler Timers { get; set; } = null!;

    public static Props Props(string typeName, ShardingSettings settings, Cluster? cluster) =>
        Actors.Props.Create(() => new ShardCoordinator(typeName, settings, cluster));

    public void Record(ICoordinatorEvent @event, Action recorded) => recorded();

    protected override void PreStart()
    {
        var keys = _cluster is null ? RegionKeys.Local() : RegionKeys.Remote(_cluster.Remoting);
        _logic = new CoordinatorLogic(_typeName, _settings, _cluster, Context, Timers, this, keys, CoordinatorState.Empty);
        _logic.Start();
    }

    protected override void PostStop() => _logic.Stop();

    protected override bool Receive(object message) => _logic.Handle(message);
}
