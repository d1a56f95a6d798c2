using ActorOrchestrator.Actors;
using ActorOrchestrator.ControlPlane.Access;
using ActorOrchestrator.ControlPlane.Reconciling;

namespace ActorOrchestrator.ControlPlane.Entities;

/// <summary>The running write path of a member, as <see cref="ResourceEntities.Start"/> returns it.</summary>
public sealed class ControlPlaneHandle : IAsyncDisposable
{
    private readonly ReconcileTrigger _trigger;

    internal ControlPlaneHandle(ShardedResourceClient client, IActorRef region, OwnerIndex owners, ReconcileTrigger trigger)
    {
        _trigger = trigger;
        Client = client;
        Region = region;
        Owners = owners;
    }

    /// <summary>The write side (<see cref="IResourceClient"/>), plus Get and Reconcile for internal use.</summary>
    public ShardedResourceClient Client { get; }

    /// <summary>The shard region of the resource entities; accepts every <see cref="IResourceCommand"/>.</summary>
    public IActorRef Region { get; }

    /// <summary>Dependents by owner uid, as the member's reconcile trigger has seen them.</summary>
    public OwnerIndex Owners { get; }

    /// <summary>Stops the reconcile trigger; the entities stop with the actor system.</summary>
    public ValueTask DisposeAsync() => _trigger.DisposeAsync();
}
