using ActorOrchestrator.Api.Meta;
using ActorOrchestrator.ControlPlane.Access;
using ActorOrchestrator.ControlPlane.Controllers;
using ActorOrchestrator.ControlPlane.ReadModel;
using ActorOrchestrator.ControlPlane.Reconciling;

namespace ActorOrchestrator.ControlPlane.Entities;

/// <summary>
/// What every resource entity of a member shares: settings, the member's read view, the controllers by kind, and the
/// write side its controller runs use (set once the shard region has started, before any entity runs).
/// </summary>
internal sealed class EntityEnvironment(
    ControlPlaneSettings settings,
    ResourceView view,
    IReadOnlyDictionary<ResourceKind, IResourceController> controllers,
    OwnerIndex owners)
{
    private ShardedResourceClient? _client;
    private IEventRecorder? _events;

    public ControlPlaneSettings Settings { get; } = settings;

    public ResourceView View { get; } = view;

    public IReadOnlyDictionary<ResourceKind, IResourceController> Controllers { get; } = controllers;

    /// <summary>Dependents by owner uid, kept by the member's <see cref="ReconcileTrigger"/>.</summary>
    public OwnerIndex Owners { get; } = owners;

    public ShardedResourceClient Client => _client ?? throw new InvalidOperationException("the resource client is not attached yet");

    public IEventRecorder Events => _events ?? throw new InvalidOperationException("the event recorder is not attached yet");

    public void Attach(ShardedResourceClient client, IEventRecorder events)
    {
        _client = client;
        _events = events;
    }
}
