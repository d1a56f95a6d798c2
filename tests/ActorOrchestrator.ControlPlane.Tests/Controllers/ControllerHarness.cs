using System.Diagnostics;
using System.Globalization;
using ActorOrchestrator.Actors;
using ActorOrchestrator.Actors.Cluster.Sharding;
using ActorOrchestrator.Actors.Persistence;
using ActorOrchestrator.Actors.Persistence.Serialization;
using ActorOrchestrator.Actors.Persistence.Sql;
using ActorOrchestrator.Actors.Persistence.Sql.Settings;
using ActorOrchestrator.Api;
using ActorOrchestrator.Api.Apps;
using ActorOrchestrator.Api.Core;
using ActorOrchestrator.Api.Errors;
using ActorOrchestrator.Api.Meta;
using ActorOrchestrator.ControlPlane.Access;
using ActorOrchestrator.ControlPlane.Controllers;
using ActorOrchestrator.ControlPlane.Controllers.Events;
using ActorOrchestrator.ControlPlane.Controllers.Shared;
using ActorOrchestrator.ControlPlane.Entities;
using ActorOrchestrator.ControlPlane.Events;
using ActorOrchestrator.ControlPlane.ReadModel;
using ActorOrchestrator.ControlPlane.Tests.Fixtures;

namespace ActorOrchestrator.ControlPlane.Tests.ControllerSpecs;

/// <summary>
/// The real write path on a temp SQLite journal with the Deployment and ReplicaSet controllers and the controller event
/// recorder; in place of a node agent, pods can be made Ready through the client as the agent would report them.
/// A watcher pokes the controller owner of every changed pod and replica set, as the member's reconcile trigger does.
/// </summary>
internal sealed class ControllerHarness : IAsyncDisposable
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private static readonly EventTypeRegistry Registry = ResourceEvents.Register(ShardingEvents.Register(new EventTypeRegistryBuilder())).Build();

    private readonly string _directory;
    private readonly IPersistenceStore _store;
    private readonly ActorSystem _system;
    private readonly ResourceProjection _projection;
    private readonly ControllerEventRecorder _events;
    private readonly CancellationTokenSource _stop = new();
    private readonly List<Task> _loops = [];

    private ControllerHarness(string directory, IPersistenceStore store, ActorSystem system, ResourceProjection projection, ControlPlaneHandle handle, ControllerEventRecorder events)
    {
        _directory = directory;
        _store = store;
        _system = system;
        _projection = projection;
        Client = handle.Client;
        _events = events;
    }

    public ShardedResourceClient Client { get; }

    public ResourceView View => _projection.View;

    /// <summary>Whether new pods are reported Running and Ready (as a node agent would once their containers run).</summary>
    public bool PodsBecomeReady { get; set; } = true;

    public static async Task<ControllerHarness> StartAsync(bool podsBecomeReady = true)
    {
        var directory = Directory.CreateTempSubdirectory("ao-controllers-test-").FullName;
        var logs = new ListLoggerProvider();
        var storeSettings = SqlPersistenceSettings.Default with { Sqlite = new SqliteSettings { File = "journal.db" } };
        var store = await SqlPersistence.OpenAsync(storeSettings, directory, Registry, logs, null, CancellationToken.None);
        var system = ActorSystem.Create("controllers-test", loggerFactory: logs);
        PersistenceExtension.Start(system, store);
        var projection = new ResourceProjection(ReadModelSettings.Default, store.Queries, directory, logs, null);
        await projection.StartAsync(CancellationToken.None).WaitAsync(Patience);
        ControllerEventRecorder? events = null;
        var handle = ResourceEntities.Start(
            system, ControlPlaneSettings.Default with { ResyncInterval = TimeSpan.FromSeconds(5) }, projection.View, KindControllers.All(),
            client => events = new ControllerEventRecorder(client, logs));
        await ResourceEntities.EnsureDefaultNamespacesAsync(handle.Client, CancellationToken.None).WaitAsync(Patience);
        var harness = new ControllerHarness(directory, store, system, projection, handle, events!) { PodsBecomeReady = podsBecomeReady };
        harness._loops.Add(Task.Run(() => harness.PokeOwnersAsync(ResourceKinds.Pod)));
        harness._loops.Add(Task.Run(() => harness.PokeOwnersAsync(ResourceKinds.ReplicaSet)));
        harness._loops.Add(Task.Run(harness.ReportPodsReadyAsync));
        return harness;
    }

    public async Task<T> CreateAsync<T>(T resource)
        where T : IKubernetesObject =>
        (T)await Client.CreateAsync(resource, WriteOptions.Default, CancellationToken.None);

    public List<Pod> Pods(string? selector = null) => List<Pod>(ResourceKinds.Pod, selector);

    public List<ReplicaSet> ReplicaSets() => List<ReplicaSet>(ResourceKinds.ReplicaSet, null);

    public List<Event> Events() => List<Event>(ResourceKinds.Event, null);

    public T? Get<T>(ResourceKind kind, string name)
        where T : class, IKubernetesObject =>
        View.Get(kind, "default", name)?.ToObject<T>();

    /// <summary>Waits until <paramref name="condition"/> holds on the view; fails naming <paramref name="what"/> and the last state seen.</summary>
    public static async Task WaitForAsync(Func<bool> condition, string what, Func<string>? describe = null, TimeSpan? patience = null)
    {
        var watch = Stopwatch.StartNew();
        while (!condition())
        {
            if (watch.Elapsed > (patience ?? Patience))
            {
                Assert.Fail($"{what}: not seen within {(patience ?? Patience).TotalSeconds} s. {describe?.Invoke()}");
            }

            await Task.Delay(25);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await Task.WhenAll(_loops).ContinueWith(_ => { }, TaskScheduler.Default);
        await _events.DisposeAsync();
        await _system.Terminate();
        await _projection.DisposeAsync();
        await _store.DisposeAsync();
        _stop.Dispose();
        Directory.Delete(_directory, recursive: true);
    }

    private List<T> List<T>(ResourceKind kind, string? selector)
        where T : IKubernetesObject
    {
        var request = new ListRequest(kind) { Namespace = "default", LabelSelector = Api.Selectors.LabelMatcher.Parse(selector) };
        return [.. View.ListAsync(request, CancellationToken.None).GetAwaiter().GetResult().Items.Select(item => item.ToObject<T>())];
    }

    private async Task PokeOwnersAsync(ResourceKind kind)
    {
        try
        {
            await foreach (var change in View.Watch(new WatchRequest(kind) { ResourceVersion = View.ResourceVersion }).WithCancellation(_stop.Token))
            {
                if (change.Object?.ToObject() is { } changed && ControllerRefs.ControllerOf(changed.Metadata) is { Kind: { } ownerKind, Name: { } owner })
                {
                    var key = new ResourceKey(ownerKind == "Deployment" ? ResourceKinds.Deployment : ResourceKinds.ReplicaSet, changed.Metadata.Namespace, owner);
                    Client.Reconcile(key);
                }
            }
        }
        catch (OperationCanceledException)
        {
            // The harness is stopping.
        }
    }

    private async Task ReportPodsReadyAsync()
    {
        try
        {
            await foreach (var change in View.Watch(new WatchRequest(ResourceKinds.Pod) { ResourceVersion = View.ResourceVersion }).WithCancellation(_stop.Token))
            {
                if (PodsBecomeReady && change.Type != WatchEventType.Deleted && change.Object?.ToObject<Pod>() is { } pod &&
                    pod.Metadata.DeletionTimestamp is null && pod.Status?.Phase == "Pending")
                {
                    await ReportReadyAsync(pod);
                }
            }
        }
        catch (OperationCanceledException)
        {
            // The harness is stopping.
        }
    }

    /// <summary>Reports the pod Running with every container ready, as the node agent would.</summary>
    public async Task ReportReadyAsync(Pod pod)
    {
        var now = DateTimeOffset.UtcNow;
        var status = (pod.Status ?? new PodStatus()) with
        {
            Phase = "Running",
            StartTime = now,
            Conditions = [new PodCondition { Type = "Ready", Status = "True", LastTransitionTime = now }],
            ContainerStatuses = [.. (pod.Spec.Containers ?? []).Select(container => new ContainerStatus
            {
                Name = container.Name,
                Image = container.Image,
                Ready = true,
                Started = true,
                RestartCount = 0,
                State = new ContainerState { Running = new ContainerStateRunning { StartedAt = now } },
            })],
        };
        try
        {
            await Client.UpdateStatusAsync(pod with { Status = status }, WriteOptions.Default, _stop.Token);
        }
        catch (StatusException refused) when (refused.Code is 404 or 409)
        {
            // Changed or gone meanwhile: the watch brings the newer state.
        }
    }

    public static string Describe(IEnumerable<ReplicaSet> replicaSets) => string.Join("; ", replicaSets.Select(rs =>
        $"{rs.Metadata.Name} rev {rs.Metadata.Annotations?.GetValueOrDefault("deployment.kubernetes.io/revision")} spec {rs.Spec.Replicas} " +
        $"status {rs.Status?.Replicas}/{rs.Status?.ReadyReplicas}/{rs.Status?.AvailableReplicas}"));

    public static string Describe(Deployment? deployment) => deployment is null
        ? "no deployment"
        : string.Create(CultureInfo.InvariantCulture,
            $"gen {deployment.Metadata.Generation} observed {deployment.Status?.ObservedGeneration} replicas {deployment.Status?.Replicas} updated {deployment.Status?.UpdatedReplicas} available {deployment.Status?.AvailableReplicas} conditions {string.Join(",", deployment.Status?.Conditions?.Select(c => $"{c.Type}={c.Status}/{c.Reason}") ?? [])}");
}
