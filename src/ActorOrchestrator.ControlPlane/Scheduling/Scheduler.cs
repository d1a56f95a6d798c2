using ActorOrchestrator.Actors;
using ActorOrchestrator.ControlPlane.Access;
using ActorOrchestrator.ControlPlane.Controllers;
using ActorOrchestrator.ControlPlane.ReadModel;
using ActorOrchestrator.ControlPlane.Scheduling.Cache;
using ActorOrchestrator.ControlPlane.Scheduling.Framework;
using ActorOrchestrator.ControlPlane.Scheduling.Queue;
using Microsoft.Extensions.Logging;

namespace ActorOrchestrator.ControlPlane.Scheduling;

/// <summary>
/// The scheduler (a cluster singleton): watches the member's read model for nodes and pods, keeps its cache and
/// queue, places pending pods one after the other against the cache and binds them through the pods' entities,
/// with a bounded number of bindings in flight. On every (re)start it lists the view again, so a singleton that
/// moved to another member needs nothing handed over.
/// </summary>
internal sealed partial class Scheduler : ReceiveActor, IWithTimers
{
    private const string RetryUnschedulableTimer = "retry-unschedulable";
    private const string ExpireAssumptionsTimer = "expire-assumptions";
    private const string RetryBackoffTimer = "retry-backoff";

    private readonly SchedulerSettings _settings;
    private readonly ResourceView _view;
    private readonly IResourceClient _client;
    private readonly IEventRecorder _events;
    private readonly ILogger _logger;
    private readonly TimeProvider _time;
    private readonly SchedulerCache _cache = new();
    private readonly SchedulingQueue _queue = new();
    private readonly PodPlacer _placer;
    private readonly CancellationTokenSource _stopping = new();
    private SchedulerFeed? _feed;
    private long _startedAt;

    public Scheduler(SchedulerSettings settings, ResourceView view, IResourceClient client, IEventRecorder events, ILoggerFactory loggerFactory, Random random)
    {
        _settings = settings;
        _view = view;
        _client = client;
        _events = events;
        _logger = loggerFactory.CreateLogger<Scheduler>();
        _time = Context.System.TimeProvider;
        _placer = new PodPlacer(SchedulingProfile.From(settings), settings.PercentageOfNodesToScore, random);
        Loading();
    }

    public ITimerScheduler Timers { get; set; } = null!;

    /// <param name="random">Breaks ties between equally good nodes; null for a shared, randomly seeded one.</param>
    public static Props Props(
        SchedulerSettings settings, ResourceView view, IResourceClient client, IEventRecorder events, ILoggerFactory loggerFactory, Random? random = null)
    {
        settings.Validate();
        return Actors.Props.Create(() => new Scheduler(settings, view, client, events, loggerFactory, random ?? Random.Shared));
    }

    protected override void PreStart()
    {
        _startedAt = _time.GetTimestamp();
        _feed = new SchedulerFeed(_view, Self, _logger);
        _feed.Start();
    }

    protected override void PostStop()
    {
        _feed?.Dispose();
        _stopping.Cancel();
        _stopping.Dispose();
    }

    private void Loading()
    {
        Receive<ClusterListed>(HandleClusterListed);
        Receive<FeedFailed>(HandleFeedFailed);
    }

    private void Scheduling()
    {
        Receive<NodeChanged>(HandleNodeChanged);
        Receive<NodeRemoved>(HandleNodeRemoved);
        Receive<PodChanged>(HandlePodChanged);
        Receive<PodRemoved>(HandlePodRemoved);
        Receive<FeedFailed>(HandleFeedFailed);
        Receive<PlacePending>(_ => HandlePlacePending());
        Receive<RetryUnschedulable>(_ => HandleRetryUnschedulable());
        Receive<RetryBackoff>(_ => HandleRetryBackoff());
        Receive<ExpireAssumptions>(_ => HandleExpireAssumptions());
        Receive<BindSucceeded>(HandleBindSucceeded);
        Receive<BindFailed>(HandleBindFailed);
        Receive<StatusWriteFailed>(HandleStatusWriteFailed);
    }

    private void HandleClusterListed(ClusterListed listed)
    {
        foreach (var node in listed.Nodes)
        {
            _cache.SetNode(node);
        }
        foreach (var pod in listed.Pods)
        {
            TakeInPod(pod);
        }
        SchedulerLog.CacheBuilt(
            _logger, _cache.Nodes.Count, listed.Pods.Count, _queue.ActiveCount, (long)_time.GetElapsedTime(_startedAt).TotalMilliseconds);
        Become(Scheduling);
        Timers.StartPeriodicTimer(RetryUnschedulableTimer, RetryUnschedulable.Instance, _settings.UnschedulableRetryInterval);
        var expiryCheck = _settings.AssumedPodTtl < TimeSpan.FromSeconds(1) ? _settings.AssumedPodTtl : TimeSpan.FromSeconds(1);
        Timers.StartPeriodicTimer(ExpireAssumptionsTimer, ExpireAssumptions.Instance, expiryCheck);
        RequestPlacement();
    }

    private void HandleFeedFailed(FeedFailed failed)
    {
        SchedulerLog.FeedFailed(_logger, failed.Cause);
        throw new InvalidOperationException("The scheduler's watch of the read model failed; it restarts from a fresh list.", failed.Cause);
    }
}
