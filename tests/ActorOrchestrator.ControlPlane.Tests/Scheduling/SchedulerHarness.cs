using System.Diagnostics;
using ActorOrchestrator.Actors;
using ActorOrchestrator.Actors.Cluster.Sharding;
using ActorOrchestrator.Actors.Persistence;
using ActorOrchestrator.Actors.Persistence.Serialization;
using ActorOrchestrator.Actors.Persistence.Sql;
using ActorOrchestrator.Actors.Persistence.Sql.Settings;
using ActorOrchestrator.Api;
using ActorOrchestrator.Api.Core;
using ActorOrchestrator.Api.Meta;
using ActorOrchestrator.ControlPlane.Access;
using ActorOrchestrator.ControlPlane.Controllers.Events;
using ActorOrchestrator.ControlPlane.Entities;
using ActorOrchestrator.ControlPlane.Events;
using ActorOrchestrator.ControlPlane.ReadModel;
using ActorOrchestrator.ControlPlane.Scheduling;
using ActorOrchestrator.ControlPlane.Tests.Fixtures;

namespace ActorOrchestrator.ControlPlane.Tests.Scheduling;

/// <summary>
/// The scheduler over the real write path: a SQLite journal file, the projection and its view, the resource entities
/// with their client, and the real event recorder. Disposed in the right order.
/// </summary>
internal sealed class SchedulerHarness : IAsyncDisposable
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private static readonly EventTypeRegistry Registry = ResourceEvents.Register(ShardingEvents.Register(new EventTypeRegistryBuilder())).Build();

    private readonly string _directory;
    private readonly IPersistenceStore _store;
    private readonly ResourceProjection _projection;

    private SchedulerHarness(string directory, IPersistenceStore store, ActorSystem system, ResourceProjection projection, ShardedResourceClient client, ListLoggerProvider logs)
    {
        _directory = directory;
        _store = store;
        System = system;
        _projection = projection;
        Client = client;
        Logs = logs;
        Events = new EventRecorder(client, "default-scheduler", null, logs);
    }

    public ActorSystem System { get; }

    public ResourceView View => _projection.View;

    public ShardedResourceClient Client { get; }

    public EventRecorder Events { get; }

    public ListLoggerProvider Logs { get; }

    public static async Task<SchedulerHarness> StartAsync()
    {
        var directory = Directory.CreateTempSubdirectory("ao-scheduler-test-").FullName;
        var logs = new ListLoggerProvider();
        var storeSettings = SqlPersistenceSettings.Default with { Sqlite = new SqliteSettings { File = "journal.db" } };
        var store = await SqlPersistence.OpenAsync(storeSettings, directory, Registry, logs, null, CancellationToken.None);
        var system = ActorSystem.Create("scheduler-test", loggerFactory: logs);
        PersistenceExtension.Start(system, store);
        var projection = new ResourceProjection(ReadModelSettings.Default, store.Queries, directory, logs, null);
        await projection.StartAsync(CancellationToken.None).WaitAsync(Patience);
        var handle = ResourceEntities.Start(system, ControlPlaneSettings.Default, projection.View, [], _ => NoEvents.Instance);
        await ResourceEntities.EnsureDefaultNamespacesAsync(handle.Client, CancellationToken.None).WaitAsync(Patience);
        return new SchedulerHarness(directory, store, system, projection, handle.Client, logs);
    }

    /// <summary>Starts a scheduler as a plain actor (no cluster), as the all-in-one member does.</summary>
    public IActorRef StartScheduler(SchedulerSettings? settings = null) =>
        SchedulerSingleton.Start(System, null, null, View, Client, Events, settings ?? SchedulerSettings.Default, Logs);

    /// <summary>Stops a scheduler and returns once it has terminated, as a singleton's old incarnation does before the new one starts.</summary>
    public async Task StopSchedulerAsync(IActorRef scheduler)
    {
        using var inbox = Inbox.Create(System);
        inbox.Watch(scheduler);
        System.Stop(scheduler);
        Assert.IsType<Terminated>((await inbox.ReceiveAsync(Patience, CancellationToken.None)).Message);
    }

    public Task<IKubernetesObject> CreateAsync(IKubernetesObject resource) =>
        Client.CreateAsync(resource, WriteOptions.Default, CancellationToken.None).WaitAsync(Patience);

    public Pod? Pod(string name) => View.Get(ResourceKinds.Pod, "default", name)?.ToObject<Pod>();

    public string? NodeOf(string pod) => Pod(pod)?.Spec.NodeName;

    public List<Event> EventsAbout(string name) =>
        [.. View.ListAsync(new ListRequest(ResourceKinds.Event) { Namespace = "default" }, CancellationToken.None).Result.Items
            .Select(e => e.ToObject<Event>())
            .Where(e => e.InvolvedObject.Name == name)];

    /// <summary>Polls the view until <paramref name="condition"/> holds; fails naming <paramref name="what"/> after the patience.</summary>
    public static async Task EventuallyAsync(Func<bool> condition, string what)
    {
        var watch = Stopwatch.StartNew();
        while (!condition())
        {
            if (watch.Elapsed > Patience)
            {
                Assert.Fail($"{what}: not seen within {Patience.TotalSeconds} s");
            }
            await Task.Delay(20);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await System.Terminate();
        await Events.DisposeAsync();
        await _projection.DisposeAsync();
        await _store.DisposeAsync();
        Directory.Delete(_directory, recursive: true);
    }

    private sealed class NoEvents : Controllers.IEventRecorder
    {
        public static readonly NoEvents Instance = new();

        public void Record(IKubernetesObject involved, string type, string reason, string message)
        {
        }
    }
}
