using ActorOrchestrator.Api;
using ActorOrchestrator.Api.Meta;
using ActorOrchestrator.ControlPlane.Access;
using ActorOrchestrator.ControlPlane.Events;
using ActorOrchestrator.ControlPlane.ReadModel;
using Microsoft.Extensions.Logging;

namespace ActorOrchestrator.ControlPlane.Reconciling;

/// <summary>
/// Wakes entities from the member's read view, so that work survives restarts and passivation: it watches every kind
/// and pokes entities with an idempotent Reconcile. On start: every object that needs work (being deleted, a
/// Deployment or ReplicaSet whose status lags its spec, a dependent whose owner is gone). On every change: the changed
/// object's owners, and the object itself when an owner is gone. On a deletion: the object's dependents and owners.
/// Keeps <see cref="OwnerIndex"/> on the way.
/// </summary>
public sealed class ReconcileTrigger : IAsyncDisposable
{
    private readonly ResourceView _view;
    private readonly ShardedResourceClient _client;
    private readonly OwnerIndex _owners;
    private readonly ILogger _logger;
    private readonly CancellationTokenSource _stopping = new();
    private readonly List<Task> _watches = [];

    internal ReconcileTrigger(ResourceView view, ShardedResourceClient client, OwnerIndex owners, ILogger logger)
    {
        _view = view;
        _client = client;
        _owners = owners;
        _logger = logger;
    }

    /// <summary>Starts one watch per kind; returns at once.</summary>
    internal void Start()
    {
        foreach (var kind in ResourceKinds.All)
        {
            _watches.Add(Task.Run(() => WatchKindAsync(kind, _stopping.Token)));
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync().ConfigureAwait(false);
        await Task.WhenAll(_watches).ConfigureAwait(false);
        _stopping.Dispose();
    }

    private async Task WatchKindAsync(ResourceKind kind, CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            var initialUpTo = _view.ResourceVersion;
            try
            {
                await foreach (var change in _view.Watch(new WatchRequest(kind)).WithCancellation(cancellationToken).ConfigureAwait(false))
                {
                    Handle(change, initial: change.ResourceVersion <= initialUpTo);
                }
                return;
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
            catch (TooOldResourceVersionException)
            {
                ReconcileTriggerLog.WatchRestarted(_logger, kind.Kind);
            }
            catch (Exception e)
            {
                ReconcileTriggerLog.WatchFailed(_logger, e, kind.Kind);
                await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private void Handle(WatchEvent change, bool initial)
    {
        if (change.Object is not { } viewed)
        {
            return;
        }
        if (change.Type == WatchEventType.Deleted)
        {
            var links = _owners.OwnersOf(viewed.Key);
            _owners.Set(viewed.Key, []);
            if (viewed.Uid is { } uid)
            {
                foreach (var dependent in _owners.DependentsOf(uid))
                {
                    _client.Reconcile(dependent.Key);
                }
            }
            PokeOwners(viewed, links);
            return;
        }
        var facts = ObjectFacts.Read(viewed.Json);
        _owners.Set(viewed.Key, facts.Owners);
        if ((initial && NeedsWork(viewed.Kind, facts)) || AnOwnerIsGone(viewed, facts.Owners))
        {
            _client.Reconcile(viewed.Key);
        }
        if (!initial)
        {
            PokeOwners(viewed, facts.Owners);
        }
    }

    private void PokeOwners(ViewObject dependent, IReadOnlyList<OwnerLink> owners)
    {
        foreach (var owner in owners)
        {
            if (OwnerKey(dependent, owner) is { } key)
            {
                _client.Reconcile(key);
            }
        }
    }

    /// <summary>True when some owner is not in the view, or is another object of the same name (its uid differs).</summary>
    private bool AnOwnerIsGone(ViewObject dependent, IReadOnlyList<OwnerLink> owners)
    {
        foreach (var owner in owners)
        {
            if (OwnerKey(dependent, owner) is { } key && _view.Get(key.Kind, key.Namespace, key.Name)?.Uid != owner.Uid)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The owner's key: a namespaced owner lives in its dependent's namespace. Null for a kind this API does not serve.</summary>
    internal static ResourceKey? OwnerKey(ViewObject dependent, OwnerLink owner)
    {
        var kind = ResourceKinds.Find(owner.ApiVersion, owner.Kind);
        if (kind is null || string.IsNullOrEmpty(owner.Name) || (kind.Namespaced && dependent.Namespace.Length == 0))
        {
            return null;
        }
        return new ResourceKey(kind, kind.Namespaced ? dependent.Namespace : null, owner.Name);
    }

    /// <summary>Work a controller or the entity's lifecycle still has to do, as the view shows it.</summary>
    private static bool NeedsWork(ResourceKind kind, ObjectFacts facts)
    {
        if (facts.BeingDeleted)
        {
            return true;
        }
        var desired = facts.SpecReplicas ?? 1;
        if (kind == ResourceKinds.Deployment)
        {
            return facts.ObservedGeneration < facts.Generation || facts.ObservedGeneration is null
                || (facts.StatusReplicas ?? 0) != desired || (facts.UpdatedReplicas ?? 0) != desired || (facts.AvailableReplicas ?? 0) != desired;
        }
        if (kind == ResourceKinds.ReplicaSet)
        {
            return facts.ObservedGeneration < facts.Generation || facts.ObservedGeneration is null || (facts.StatusReplicas ?? 0) != desired;
        }
        return false;
    }
}
