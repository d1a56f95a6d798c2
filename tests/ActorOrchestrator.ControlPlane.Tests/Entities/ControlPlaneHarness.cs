using System.Globalization;
using ActorOrchestrator.Actors;
using ActorOrchestrator.Actors.Cluster.Sharding;
using ActorOrchestrator.Actors.Persistence;
using ActorOrchestrator.Actors.Persistence.Serialization;
using ActorOrchestrator.Actors.Persistence.Sql;
using ActorOrchestrator.Actors.Persistence.Sql.Settings;
using ActorOrchestrator.Api.Meta;
using ActorOrchestrator.ControlPlane.Access;
using ActorOrchestrator.ControlPlane.Controllers;
using ActorOrchestrator.ControlPlane.Entities;
using ActorOrchestrator.ControlPlane.Events;
using ActorOrchestrator.ControlPlane.ReadModel;
using ActorOrchestrator.ControlPlane.Tests.Fixtures;

namespace ActorOrchestrator.ControlPlane.Tests.Entities;

/// <summary>
/// A whole in-process write path on a real SQLite journal file: persistence, the projection and its view, and the
/// resource entities with their client; the default namespaces exist. Disposed in the right order.
/// </summary>
internal sealed class ControlPlaneHarness : IAsyncDisposable
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    private static readonly EventTypeRegistry Registry = ResourceEvents.Register(ShardingEvents.Register(new EventTypeRegistryBuilder())).Build();

    private readonly bool _ownsDirectory;

    private ControlPlaneHarness(
        string dataDirectory, bool ownsDirectory, IPersistenceStore store, ActorSystem system, ResourceProjection projection, ControlPlaneHandle handle)
    {
        _ownsDirectory = ownsDirectory;
        DataDirectory = dataDirectory;
        Store = store;
        System = system;
        Projection = projection;
        Handle = handle;
    }

    public string DataDirectory { get; }

    public IPersistenceStore Store { get; }

    public ActorSystem System { get; }

    public ResourceProjection Projection { get; }

    public ResourceView View => Projection.View;

    public ControlPlaneHandle Handle { get; }

    public ShardedResourceClient Client => Handle.Client;

    public ListLoggerProvider Logs { get; private init; } = new();

    public static async Task<ControlPlaneHarness> StartAsync(
        ControlPlaneSettings? settings = null, IReadOnlyList<IResourceController>? controllers = null, TimeProvider? time = null, string? directory = null)
    {
        var ownsDirectory = directory is null;
        directory ??= Directory.CreateTempSubdirectory("ao-entities-test-").FullName;
        var logs = new ListLoggerProvider();
        var storeSettings = SqlPersistenceSettings.Default with { Sqlite = new SqliteSettings { File = "journal.db" } };
        var store = await SqlPersistence.OpenAsync(storeSettings, directory, Registry, logs, time, CancellationToken.None);
        var system = ActorSystem.Create("control-plane-test", loggerFactory: logs, timeProvider: time);
        PersistenceExtension.Start(system, store);
        var projection = new ResourceProjection(ReadModelSettings.Default, store.Queries, directory, logs, time);
        await projection.StartAsync(CancellationToken.None).WaitAsync(Patience);
        var handle = ResourceEntities.Start(
            system, settings ?? ControlPlaneSettings.Default, projection.View, controllers ?? [], _ => NoEvents.Instance);
        await ResourceEntities.EnsureDefaultNamespacesAsync(handle.Client, CancellationToken.None).WaitAsync(Patience);
        return new ControlPlaneHarness(directory, ownsDirectory, store, system, projection, handle) { Logs = logs };
    }

    /// <summary>Waits until the view shows the write at <paramref name="written"/>'s resourceVersion.</summary>
    public async Task CaughtUpAsync(IKubernetesObject written) =>
        Assert.True(await View.WaitForResourceVersionAsync(long.Parse(written.Metadata.ResourceVersion!, CultureInfo.InvariantCulture), Patience, CancellationToken.None));

    public async ValueTask DisposeAsync()
    {
        await Handle.DisposeAsync();
        await System.Terminate();
        await Projection.DisposeAsync();
        await Store.DisposeAsync();
        if (_ownsDirectory)
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
    }

    private sealed class NoEvents : IEventRecorder
    {
        public static readonly NoEvents Instance = new();

        public void Record(IKubernetesObject involved, string type, string reason, string message)
        {
        }
    }
}
