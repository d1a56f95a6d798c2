using System.Diagnostics;
using System.Globalization;
using ActorOrchestrator.Actors;
using ActorOrchestrator.Actors.Cluster.Sharding;
using ActorOrchestrator.Actors.Persistence;
using ActorOrchestrator.Actors.Persistence.Serialization;
using ActorOrchestrator.Actors.Persistence.Sql;
using ActorOrchestrator.Actors.Persistence.Sql.Settings;
using ActorOrchestrator.Api;
using ActorOrchestrator.Api.Meta;
using ActorOrchestrator.ControlPlane.Access;
using ActorOrchestrator.ControlPlane.Entities;
using ActorOrchestrator.ControlPlane.Events;
using ActorOrchestrator.ControlPlane.ReadModel;
using Microsoft.Extensions.Logging.Abstractions;

namespace ActorOrchestrator.Bench;

/// <summary>One member's write path on a fresh SQLite journal: persistence, the view, and the resource entities with their client.</summary>
internal sealed class SchedulerBenchCluster : IAsyncDisposable
{
    private static readonly EventTypeRegistry Registry = ResourceEvents.Register(ShardingEvents.Register(new EventTypeRegistryBuilder())).Build();

    private readonly string _directory;
    private readonly IPersistenceStore _store;
    private readonly ResourceProjection _projection;

    private SchedulerBenchCluster(string directory, IPersistenceStore store, ActorSystem system, ResourceProjection projection, IResourceClient client)
    {
        _directory = directory;
        _store = store;
        System = system;
        _projection = projection;
        Client = client;
    }

    public ActorSystem System { get; }

    public ResourceView View => _projection.View;

    public IResourceClient Client { get; }

    public static async Task<SchedulerBenchCluster> StartAsync()
    {
        var directory = Directory.CreateTempSubdirectory("ao-bench-scheduler-").FullName;
        var storeSettings = SqlPersistenceSettings.Default with { Sqlite = new SqliteSettings { File = "journal.db" } };
        var store = await SqlPersistence.OpenAsync(storeSettings, directory, Registry, NullLoggerFactory.Instance, null, CancellationToken.None);
        var system = ActorSystem.Create("bench-scheduler", loggerFactory: NullLoggerFactory.Instance);
        PersistenceExtension.Start(system, store);
        var projection = new ResourceProjection(ReadModelSettings.Default, store.Queries, directory, NullLoggerFactory.Instance, null);
        await projection.StartAsync(CancellationToken.None);
        var handle = ResourceEntities.Start(system, ControlPlaneSettings.Default, projection.View, [], _ => SchedulerBenchNoEvents.Instance);
        await ResourceEntities.EnsureDefaultNamespacesAsync(handle.Client, CancellationToken.None);
        return new SchedulerBenchCluster(directory, store, system, projection, handle.Client);
    }

    /// <summary>Creates the objects through the entities, <paramref name="parallelism"/> at a time, and waits until the view shows them all.</summary>
    public async Task CreateAsync(IReadOnlyList<IKubernetesObject> resources, int parallelism)
    {
        long newest = 0;
        await Parallel.ForEachAsync(resources, new ParallelOptions { MaxDegreeOfParallelism = parallelism }, async (resource, ct) =>
        {
            var created = await Client.CreateAsync(resource, WriteOptions.Default, ct);
            var version = long.Parse(created.Metadata.ResourceVersion!, CultureInfo.InvariantCulture);
            InterlockedMax(ref newest, version);
        });
        if (!await View.WaitForResourceVersionAsync(newest, TimeSpan.FromMinutes(2), CancellationToken.None))
        {
            throw new TimeoutException($"the view did not reach resourceVersion {newest} within 2 minutes");
        }
    }

    /// <summary>
    /// Watches the view from now on and completes with the <see cref="Stopwatch"/> timestamp at which the
    /// <paramref name="count"/>-th distinct pod showed bound to a node.
    /// </summary>
    public Task<long> WhenBoundAsync(int count, CancellationToken cancellationToken)
    {
        var stream = View.Watch(new WatchRequest(ResourceKinds.Pod) { ResourceVersion = View.ResourceVersion });
        return Task.Run(async () =>
        {
            var bound = new HashSet<ResourceKey>();
            await foreach (var change in stream.WithCancellation(cancellationToken))
            {
                if (change.Object is { } pod && pod.Fields.TryGetValue("spec.nodeName", out var node) && node.Length > 0 && bound.Add(pod.Key)
                    && bound.Count == count)
                {
                    return Stopwatch.GetTimestamp();
                }
            }
            throw new InvalidOperationException($"the view closed after {bound.Count} of {count} pods were bound");
        }, cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await System.Terminate();
        await _projection.DisposeAsync();
        await _store.DisposeAsync();
        Directory.Delete(_directory, recursive: true);
    }

    private static void InterlockedMax(ref long target, long value)
    {
        var current = Interlocked.Read(ref target);
        while (value > current)
        {
            var seen = Interlocked.CompareExchange(ref target, value, current);
            if (seen == current)
            {
                return;
            }
            current = seen;
        }
    }

}
