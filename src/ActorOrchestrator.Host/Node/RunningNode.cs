using ActorOrchestrator.Actors;
using ActorOrchestrator.Actors.Cluster;
using ActorOrchestrator.Actors.Cluster.Sharding;
using ActorOrchestrator.Actors.Persistence;
using ActorOrchestrator.Actors.Persistence.Serialization;
using ActorOrchestrator.Actors.Persistence.Sql;
using ActorOrchestrator.ControlPlane.Access;
using ActorOrchestrator.ControlPlane.Controllers;
using ActorOrchestrator.ControlPlane.Controllers.Events;
using ActorOrchestrator.ControlPlane.Entities;
using ActorOrchestrator.ControlPlane.Events;
using ActorOrchestrator.ControlPlane.ReadModel;
using ActorOrchestrator.ControlPlane.Scheduling;
using ActorOrchestrator.Gateway;
using ActorOrchestrator.Host.Client;
using ActorOrchestrator.Host.Settings;
using Microsoft.Extensions.Logging;

namespace ActorOrchestrator.Host.Node;

/// <summary>
/// The parts of a running member, started in dependency order. Each part registers how it stops with coordinated
/// shutdown as soon as it runs, so SIGTERM, a failed start and a downed member all stop in the same order: the gateway
/// stops accepting, the node agent stops (its containers keep running), the scheduler, the entities (shard hand-off),
/// the read model, the cluster leave; the journal is closed last, by the caller, once the actor system has stopped.
/// </summary>
internal sealed partial class RunningNode(ActorSystem system, HostSettings settings, string dataDirectory, ILoggerFactory loggerFactory)
{
    private static readonly TimeSpan UpTimeout = TimeSpan.FromSeconds(30);
    private volatile bool _ready;

    public IPersistenceStore? Store { get; private set; }

    public Cluster? Cluster { get; private set; }

    public Uri? ApiAddress { get; private set; }

    public string KubeconfigPath => Path.Combine(dataDirectory, Kubeconfig.FileName);

    private TimeProvider Time => system.TimeProvider;

    private CoordinatedShutdown Shutdown => system.CoordinatedShutdown;

    private bool Has(NodeRole role) => settings.Node.Roles.Contains(role);

    /// <summary>Starts every part; <c>/readyz</c> answers ready only once all of them run.</summary>
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        Cluster = ClusterMember.Start(system, settings);
        await ClusterMember.WaitUntilUpAsync(Cluster, UpTimeout, cancellationToken).ConfigureAwait(false);

        var registry = ResourceEvents.Register(ShardingEvents.Register(new EventTypeRegistryBuilder())).Build();
        Store = await SqlPersistence.OpenAsync(settings.Persistence, dataDirectory, registry, loggerFactory, Time, cancellationToken)
            .ConfigureAwait(false);
        PersistenceExtension.Start(system, Store, settings.PersistentActors);

        var view = await StartReadModelAsync(Store, cancellationToken).ConfigureAwait(false);
        var client = StartEntities(view);
        await ResourceEntities.EnsureDefaultNamespacesAsync(client, cancellationToken).ConfigureAwait(false);
        if (Has(NodeRole.ControlPlane))
        {
            StartScheduler(view, client);
        }

        var podLogs = new DeferredPodLogs();
        var gateway = await StartGatewayAsync(view, client, podLogs, cancellationToken).ConfigureAwait(false);
        if (Has(NodeRole.Worker))
        {
            await StartAgentAsync(view, client, podLogs, gateway.Address, cancellationToken).ConfigureAwait(false);
        }

        Kubeconfig.Write(KubeconfigPath, gateway.Address);
        _ready = true;
    }

    private async Task<ResourceView> StartReadModelAsync(IPersistenceStore store, CancellationToken cancellationToken)
    {
        var projection = new ResourceProjection(settings.ReadModel, store.Queries, dataDirectory, loggerFactory, Time);
        // Stopped after the entities handed their shards off and before the journal closes: its last checkpoint then
        // covers every write of this run.
        Shutdown.AddTask(CoordinatedShutdown.PhaseClusterLeave, "read-model-stop", () => projection.StopAsync(CancellationToken.None));
        await projection.StartAsync(cancellationToken).ConfigureAwait(false);
        return projection.View;
    }

    private ShardedResourceClient StartEntities(ResourceView view)
    {
        KindEventRecorder? events = null;
        var handle = ResourceEntities.Start(
            system,
            settings.ControlPlane,
            view,
            KindControllers.All(Time),
            client => events = new KindEventRecorder(client, loggerFactory, Time),
            Cluster,
            settings.Sharding);
        Shutdown.AddTask(CoordinatedShutdown.PhaseBeforeClusterShutdown, "controller-events-flush", () => events!.StopAsync(CancellationToken.None));
        return handle.Client;
    }

    private void StartScheduler(ResourceView view, IResourceClient client)
    {
        var events = new EventRecorder(client, "default-scheduler", null, loggerFactory, Time);
        var scheduler = SchedulerSingleton.Start(system, Cluster, settings.Singleton, view, client, events, settings.Scheduler, loggerFactory);
        Shutdown.AddTask(CoordinatedShutdown.PhaseBeforeClusterShutdown, "scheduler-stop", async () =>
        {
            await StopActorAsync(scheduler).ConfigureAwait(false);
            await events.StopAsync(CancellationToken.None).ConfigureAwait(false);
        });
    }

    private async Task<GatewayHandle> StartGatewayAsync(ResourceView view, IResourceClient client, DeferredPodLogs podLogs, CancellationToken cancellationToken)
    {
        var gateway = await KubernetesGateway.StartAsync(settings.Api, client, view, podLogs, () => _ready, loggerFactory, cancellationToken)
            .ConfigureAwait(false);
        ApiAddress = gateway.Address;
        Shutdown.AddTask(CoordinatedShutdown.PhaseServiceUnbind, "gateway-stop", async () =>
        {
            _ready = false;
            await gateway.DisposeAsync().ConfigureAwait(false);
        });
        return gateway;
    }

    private async Task StopActorAsync(IActorRef actor)
    {
        var stopped = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var watcher = system.CreateFunctionRef((message, _) =>
        {
            if (message is Terminated)
            {
                stopped.TrySetResult();
            }
        });
        watcher.Watch(actor);
        system.Stop(actor);
        await stopped.Task.ConfigureAwait(false);
    }
}
