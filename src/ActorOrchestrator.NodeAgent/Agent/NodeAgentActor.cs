using ActorOrchestrator.Actors;
using ActorOrchestrator.Api.Core;
using ActorOrchestrator.ControlPlane.ReadModel;
using ActorOrchestrator.NodeAgent.Agent.Nodes;
using ActorOrchestrator.NodeAgent.Agent.Pods;
using Microsoft.Extensions.Logging;

namespace ActorOrchestrator.NodeAgent.Agent;

/// <summary>
/// The node agent of one member (kubelet's role): on start it adopts what the runtime still runs for pods bound here
/// and removes the rest, then keeps the Node object current and runs one <see cref="PodWorker"/> per pod bound to this
/// node, fed by a watch of the view and a periodic resync. Stopping it leaves every container running.
/// </summary>
internal sealed partial class NodeAgentActor : ReceiveActor, IWithTimers
{
    private const string ResyncTimer = "resync";
    private const string NodeStatusTimer = "node-status";
    private const string StartTimer = "start";

    private readonly PodWorkerContext _context;
    private readonly ResourceView _view;
    private readonly ILoggerFactory _loggerFactory;
    private readonly ILogger _log;
    private readonly Dictionary<string, IActorRef> _workers = new(StringComparer.Ordinal);
    private readonly Dictionary<IActorRef, string> _workerUids = [];
    private readonly HashSet<string> _finished = new(StringComparer.Ordinal);
    private readonly NodeStatusBuilder _nodeBuilder;
    private CancellationTokenSource? _watch;
    private int _watchGeneration;
    private bool _watching;

    public NodeAgentActor(PodWorkerContext context, MachineInfo machine, ResourceView view, ILoggerFactory loggerFactory)
    {
        _context = context;
        _view = view;
        _loggerFactory = loggerFactory;
        _log = loggerFactory.CreateLogger<NodeAgentActor>();
        _nodeBuilder = new NodeStatusBuilder(context.NodeName, context.Settings, $"{context.Runtime.Name}://{typeof(NodeAgentActor).Assembly.GetName().Version?.ToString(3)}");
        _machine = machine;
        ReceiveAsync<StartAgent>(_ => StartAsync());
        ReceiveAsync<UpdateNodeStatus>(_ => UpdateNodeStatusAsync());
    }

    public ITimerScheduler Timers { get; set; } = null!;

    private string NodeName => _context.NodeName;

    public static Props Props(PodWorkerContext context, MachineInfo machine, ResourceView view, ILoggerFactory loggerFactory) =>
        Actors.Props.Create(() => new NodeAgentActor(context, machine, view, loggerFactory));

    protected override void PreStart()
    {
        Self.Tell(UpdateNodeStatus.Instance, ActorRefs.NoSender);
        Self.Tell(StartAgent.Instance, ActorRefs.NoSender);
        Timers.StartPeriodicTimer(NodeStatusTimer, UpdateNodeStatus.Instance, NodeStatusCheckInterval());
    }

    protected override void PostStop() => _watch?.Cancel();

    /// <summary>After adoption: pods come from the watch and the resync.</summary>
    private void Running()
    {
        Receive<PodWatchEvent>(HandleWatchEvent);
        Receive<PodWatchEnded>(HandleWatchEnded);
        ReceiveAsync<ResyncPods>(_ => ResyncAsync());
        ReceiveAsync<UpdateNodeStatus>(_ => UpdateNodeStatusAsync());
        Receive<Terminated>(HandleWorkerStopped);
    }

    private async Task StartAsync()
    {
        try
        {
            var pods = await ListBoundPodsAsync();
            var (adopted, removed) = await AdoptAsync(pods.Items.Select(item => item.ToObject<Pod>()).ToArray());
            foreach (var item in pods.Items)
            {
                var pod = item.ToObject<Pod>();
                StartWorker(pod, adopted.GetValueOrDefault(pod.Metadata.Uid ?? ""));
            }

            _log.AgentStarted(NodeName, pods.Items.Count, adopted.Count, removed);
            Become(Running);
            StartWatch(pods.ResourceVersion);
            Timers.StartPeriodicTimer(ResyncTimer, ResyncPods.Instance, _context.Settings.PodResyncInterval);
        }
        catch (Exception exception)
        {
            _log.StartFailed(NodeName, exception);
            Timers.StartSingleTimer(StartTimer, StartAgent.Instance, _context.Settings.StatusRetryInterval);
        }
    }

    private void StartWorker(Pod pod, AdoptedPod? adopted)
    {
        var uid = pod.Metadata.Uid ?? "";
        var worker = Context.ActorOf(PodWorker.Props(_context, pod, adopted, _loggerFactory.CreateLogger<PodWorker>()), $"pod-{uid}");
        Context.Watch(worker);
        _workers[uid] = worker;
        _workerUids[worker] = uid;
    }

    private void HandleWorkerStopped(Terminated terminated)
    {
        if (_workerUids.Remove(terminated.ActorRef, out var uid))
        {
            _workers.Remove(uid);
            _finished.Add(uid);
        }
    }

    private TimeSpan NodeStatusCheckInterval() => _context.Settings.NodeStatusUpdateInterval / 4;
}
