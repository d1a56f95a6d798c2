using ActorOrchestrator.Actors;
using ActorOrchestrator.Api.Core;
using ActorOrchestrator.NodeAgent.Agent.Status;
using Microsoft.Extensions.Logging;

namespace ActorOrchestrator.NodeAgent.Agent.Pods;

/// <summary>
/// One pod on this node, as kubelet's pod worker: syncing (sandbox, init containers in order, then the others,
/// restarts with back-off, probes, status), then terminating (stop containers with the grace period, finish the
/// deletion), then stopped. Level-triggered: every sync compares the pod with its containers.
/// </summary>
internal sealed partial class PodWorker : ReceiveActor, IWithTimers
{
    private const string RetryTimer = "retry";
    private const string RestartTimer = "restart";

    private readonly PodWorkerContext _context;
    private readonly CancellationTokenSource _stopping = new();
    private readonly List<string> _initNames = [];
    private readonly List<string> _appNames = [];
    private readonly Dictionary<string, ContainerRecord> _records = new(StringComparer.Ordinal);
    private readonly HashSet<string> _ranBefore = new(StringComparer.Ordinal);
    private readonly ILogger _log;
    private readonly string _podName;
    private Pod _pod;
    private string? _sandboxId;
    private string _podIP = "";
    private DateTimeOffset? _startTime;
    private byte[]? _lastWrittenStatus;
    private bool _syncQueued;

    public PodWorker(PodWorkerContext context, Pod pod, AdoptedPod? adopted, ILogger log)
    {
        _context = context;
        _pod = pod;
        _log = log;
        _podName = $"{pod.Metadata.Namespace}/{pod.Metadata.Name}";
        InitializeRecords(adopted);
        Receive<PodChanged>(HandlePodChanged);
        ReceiveAsync<SyncPod>(_ => SyncAsync());
        Receive<ContainerExited>(HandleContainerExited);
        ReceiveAsync<ContainerWaitFailed>(HandleContainerWaitFailedAsync);
        Receive<WatchContainer>(watch => WatchExit(watch.ContainerId));
        ReceiveAsync<ProbeStateChanged>(HandleProbeStateChangedAsync);
        Receive<ProbeFailed>(HandleProbeFailed);
        ReceiveAsync<PodRemoved>(_ => TerminateAsync(removed: true));
    }

    public ITimerScheduler Timers { get; set; } = null!;

    private DateTimeOffset Now => _context.Time.GetUtcNow();

    private string Uid => _pod.Metadata.Uid ?? "";

    public static Props Props(PodWorkerContext context, Pod pod, AdoptedPod? adopted, ILogger log) =>
        Actors.Props.Create(() => new PodWorker(context, pod, adopted, log));

    protected override void PreStart() => RequestSync();

    protected override void PostStop() => _stopping.Cancel();

    private void HandlePodChanged(PodChanged changed)
    {
        if (!IsNewer(changed.Pod))
        {
            return;
        }

        var specChanged = !Same(changed.Pod.Spec, _pod.Spec) || changed.Pod.Metadata.DeletionTimestamp != _pod.Metadata.DeletionTimestamp;
        _pod = changed.Pod;
        if (specChanged)
        {
            RequestSync();
        }
    }

    private void RequestSync()
    {
        if (!_syncQueued)
        {
            _syncQueued = true;
            Self.Tell(SyncPod.Instance, ActorRefs.NoSender);
        }
    }

    private async Task SyncAsync()
    {
        _syncQueued = false;
        if (_pod.Metadata.DeletionTimestamp is not null)
        {
            await TerminateAsync(removed: false);
            return;
        }

        try
        {
            if (!await DeadlineExceededAsync() && ShouldRun())
            {
                await EnsureSandboxAsync();
                if (await SyncInitContainersAsync())
                {
                    await SyncAppContainersAsync();
                }

                // Arms the deadline timer once the pod has a start time.
                await DeadlineExceededAsync();
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !_stopping.IsCancellationRequested)
        {
            _log.SyncFailed(_podName, exception);
            Timers.StartSingleTimer(RetryTimer, SyncPod.Instance, _context.Settings.StatusRetryInterval);
        }

        ScheduleNextRestart();
        await WriteStatusAsync();
    }

    /// <summary>A pod that finished before this agent knew it (no sandbox here) is not run again.</summary>
    private bool ShouldRun() =>
        _sandboxId is not null || _pod.Status?.Phase is not (PodPhases.Succeeded or PodPhases.Failed);

    private void ScheduleNextRestart()
    {
        var next = _records.Values.Where(record => record.RestartAt is not null).Select(record => record.RestartAt!.Value).DefaultIfEmpty().Min();
        if (next == default)
        {
            Timers.Cancel(RestartTimer);
            return;
        }

        var delay = next - Now;
        Timers.StartSingleTimer(RestartTimer, SyncPod.Instance, delay > TimeSpan.Zero ? delay : TimeSpan.Zero);
    }

    private bool IsNewer(Pod pod) =>
        !long.TryParse(pod.Metadata.ResourceVersion, out var incoming)
        || !long.TryParse(_pod.Metadata.ResourceVersion, out var current)
        || incoming >= current;

    private static bool Same(object left, object right) =>
        Api.Serialization.ApiSerializer.ToJsonBytes(left).AsSpan().SequenceEqual(Api.Serialization.ApiSerializer.ToJsonBytes(right));
}
