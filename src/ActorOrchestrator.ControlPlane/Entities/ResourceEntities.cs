using ActorOrchestrator.Actors;
using ActorOrchestrator.Actors.Cluster;
using ActorOrchestrator.Actors.Cluster.Sharding;
using ActorOrchestrator.Api.Core;
using ActorOrchestrator.Api.Errors;
using ActorOrchestrator.Api.Meta;
using ActorOrchestrator.ControlPlane.Access;
using ActorOrchestrator.ControlPlane.Controllers;
using ActorOrchestrator.ControlPlane.ReadModel;
using ActorOrchestrator.ControlPlane.Reconciling;
using Microsoft.Extensions.Logging;

namespace ActorOrchestrator.ControlPlane.Entities;

/// <summary>The composition entry point of the control plane's write path: the resource entities behind a shard region, and their client.</summary>
public static class ResourceEntities
{
    /// <summary>The sharded entity type of every Kubernetes object (region actor <c>/system/sharding-resource</c>).</summary>
    public const string TypeName = "resource";

    /// <summary>The namespaces every cluster has.</summary>
    public static readonly IReadOnlyList<string> DefaultNamespaces = ["default", "kube-system", "kube-public", "kube-node-lease"];

    /// <summary>
    /// Starts the resource entities of this member (persistence must be started on <paramref name="system"/>, and
    /// <see cref="Events.ResourceEvents"/> registered with its store) and the member's <see cref="ReconcileTrigger"/>
    /// over <paramref name="view"/>, and returns their client. Dispose the handle before stopping the projection. With a
    /// <paramref name="cluster"/> the entities are spread over its members; without, all live here.
    /// <paramref name="controllers"/> are run by the entities of their kinds; <paramref name="events"/> builds the
    /// recorder they use from the client. Entities passivate themselves (<c>ao.control-plane.passivate-idle-after</c>),
    /// so the sharding setting passivate-idle-entity-after is not used.
    /// </summary>
    public static ControlPlaneHandle Start(
        ActorSystem system,
        ControlPlaneSettings settings,
        ResourceView view,
        IReadOnlyList<IResourceController> controllers,
        Func<IResourceClient, IEventRecorder> events,
        Cluster? cluster = null,
        ShardingSettings? sharding = null)
    {
        ArgumentNullException.ThrowIfNull(system);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(controllers);
        ArgumentNullException.ThrowIfNull(events);
        settings.Validate();
        var byKind = new Dictionary<ResourceKind, IResourceController>();
        foreach (var controller in controllers)
        {
            if (!byKind.TryAdd(controller.Kind, controller))
            {
                throw new ArgumentException($"Two controllers for {controller.Kind.Kind}: {byKind[controller.Kind].GetType().Name} and {controller.GetType().Name}", nameof(controllers));
            }
        }
        var owners = new OwnerIndex();
        var environment = new EntityEnvironment(settings, view, byKind, owners);
        var shardingSettings = (sharding ?? ShardingSettings.Default) with { PassivateIdleEntityAfter = null };
        var region = ClusterSharding.Start(
            system, TypeName, ResourceEntity.Props(environment), shardingSettings,
            new ResourceMessageExtractor(shardingSettings.NumberOfShards), StopEntity.Instance, cluster);
        var client = new ShardedResourceClient(region, view, settings);
        environment.Attach(client, events(client));
        var trigger = new ReconcileTrigger(view, client, owners, system.LoggerFactory.CreateLogger<ReconcileTrigger>());
        trigger.Start();
        return new ControlPlaneHandle(client, region, owners, trigger);
    }

    /// <summary>Creates default, kube-system, kube-public and kube-node-lease where they do not exist yet; safe to call on every start.</summary>
    public static async Task EnsureDefaultNamespacesAsync(IResourceClient client, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        foreach (var name in DefaultNamespaces)
        {
            try
            {
                await client.CreateAsync(new Namespace { Metadata = new ObjectMeta { Name = name } }, WriteOptions.Default, cancellationToken).ConfigureAwait(false);
            }
            catch (StatusException e) when (e.Reason == "AlreadyExists")
            {
                // Created on an earlier start, or by another member at the same time.
            }
        }
    }
}
