using System.Globalization;
using ActorOrchestrator.Actors;
using ActorOrchestrator.Actors.Cluster.Sharding;
using ActorOrchestrator.Actors.Persistence;
using ActorOrchestrator.Actors.Persistence.Serialization;
using ActorOrchestrator.Actors.Persistence.Sql;
using ActorOrchestrator.Actors.Persistence.Sql.Settings;
using ActorOrchestrator.Api.Core;
using ActorOrchestrator.Api.Meta;
using ActorOrchestrator.ControlPlane.Access;
using ActorOrchestrator.ControlPlane.Controllers;
using ActorOrchestrator.ControlPlane.Entities;
using ActorOrchestrator.ControlPlane.Events;
using ActorOrchestrator.ControlPlane.ReadModel;
using ActorOrchestrator.Gateway;
using Microsoft.Extensions.Logging.Abstractions;

namespace ActorOrchestrator.Bench;

/// <summary>The gateway over the real write path in one process: SQLite journal in a temp dir, resource entities, projection and view.</summary>
internal sealed class GatewayBenchPlane : IAsyncDisposable
{
    private readonly string _directory;
    private readonly IPersistenceStore _store;
    private readonly ActorSystem _system;
    private readonly ResourceProjection _projection;
    private readonly GatewayHandle _gateway;
    private readonly IResourceClient _client;

    private GatewayBenchPlane(
        string directory, IPersistenceStore store, ActorSystem system, ResourceProjection projection, GatewayHandle gateway, IResourceClient client)
    {
        _client = client;
        _directory = directory;
        _store = store;
        _system = system;
        _projection = projection;
        _gateway = gateway;
    }

    public Uri Address => _gateway.Address;

    public static async Task<GatewayBenchPlane> StartAsync(CancellationToken cancellationToken)
    {
        var directory = Directory.CreateTempSubdirectory("ao-bench-gateway-").FullName;
        var registry = ResourceEvents.Register(ShardingEvents.Register(new EventTypeRegistryBuilder())).Build();
        var storeSettings = SqlPersistenceSettings.Default with { Sqlite = new SqliteSettings { File = "journal.db" } };
        var store = await SqlPersistence.OpenAsync(storeSettings, directory, registry, null, null, cancellationToken);
        var system = ActorSystem.Create("bench-gateway", loggerFactory: NullLoggerFactory.Instance);
        PersistenceExtension.Start(system, store);
        var projection = new ResourceProjection(ReadModelSettings.Default, store.Queries, directory, NullLoggerFactory.Instance, null);
        await projection.StartAsync(cancellationToken);
        var plane = ResourceEntities.Start(system, ControlPlaneSettings.Default, projection.View, [], _ => NoEvents.Instance);
        await ResourceEntities.EnsureDefaultNamespacesAsync(plane.Client, cancellationToken);
        var gateway = await KubernetesGateway.StartAsync(
            GatewaySettings.Default with { Port = 0 }, plane.Client, projection.View, null, () => true, NullLoggerFactory.Instance, cancellationToken);
        return new GatewayBenchPlane(directory, store, system, projection, gateway, plane.Client);
    }

    /// <summary>A ConfigMap create on the write path itself, with the same read-after-write wait the gateway does.</summary>
    public async Task CreateDirectAsync(string name, CancellationToken cancellationToken)
    {
        var created = await _client.CreateAsync(
            new ConfigMap
            {
                Metadata = new ObjectMeta { Name = name, Namespace = "default", Labels = new Dictionary<string, string> { ["bench"] = "gateway" } },
                Data = new Dictionary<string, string> { ["key"] = "value" },
            },
            WriteOptions.Default,
            cancellationToken);
        await _projection.View.WaitForResourceVersionAsync(long.Parse(created.Metadata.ResourceVersion!, CultureInfo.InvariantCulture), TimeSpan.FromSeconds(10), cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await _gateway.DisposeAsync();
        await _system.Terminate();
        await _projection.DisposeAsync();
        await _store.DisposeAsync();
        Directory.Delete(_directory, recursive: true);
    }

    private sealed class NoEvents : IEventRecorder
    {
        public static readonly NoEvents Instance = new();

        public void Record(IKubernetesObject involved, string type, string reason, string message)
        {
        }
    }
}
