using ActorOrchestrator.ControlPlane.Events;

namespace ActorOrchestrator.ControlPlane.Reconciling;

/// <summary>
/// Dependents by owner uid (from ownerReferences), kept up to date from the view's change stream by
/// <see cref="ReconcileTrigger"/>, which pokes an owner's dependents when the owner goes. It follows the view's change
/// stream, so it may lag the view by a moment: decisions that must not miss a dependent scan the view itself. Thread-safe.
/// </summary>
public sealed class OwnerIndex
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, Dictionary<ResourceKey, bool>> _dependentsByOwner = new(StringComparer.Ordinal);
    private readonly Dictionary<ResourceKey, IReadOnlyList<OwnerLink>> _ownersByDependent = [];

    /// <summary>The objects whose ownerReferences name <paramref name="ownerUid"/>, as last seen.</summary>
    public IReadOnlyList<Dependent> DependentsOf(string ownerUid)
    {
        lock (_lock)
        {
            return _dependentsByOwner.TryGetValue(ownerUid, out var dependents)
                ? [.. dependents.Select(pair => new Dependent(pair.Key, pair.Value))]
                : [];
        }
    }

    /// <summary>The ownerReferences of <paramref name="dependent"/> as last seen; empty when none.</summary>
    public IReadOnlyList<OwnerLink> OwnersOf(ResourceKey dependent)
    {
        lock (_lock)
        {
            return _ownersByDependent.GetValueOrDefault(dependent) ?? [];
        }
    }

    /// <summary>Records the owners of <paramref name="dependent"/> (empty when it has none or is gone).</summary>
    internal void Set(ResourceKey dependent, IReadOnlyList<OwnerLink> owners)
    {
        lock (_lock)
        {
            if (_ownersByDependent.Remove(dependent, out var previous))
            {
                foreach (var owner in previous)
                {
                    if (_dependentsByOwner.TryGetValue(owner.Uid, out var set) && set.Remove(dependent) && set.Count == 0)
                    {
                        _dependentsByOwner.Remove(owner.Uid);
                    }
                }
            }
            if (owners.Count == 0)
            {
                return;
            }
            _ownersByDependent[dependent] = owners;
            foreach (var owner in owners)
            {
                if (!_dependentsByOwner.TryGetValue(owner.Uid, out var set))
                {
                    _dependentsByOwner[owner.Uid] = set = [];
                }
                set[dependent] = owner.BlockOwnerDeletion;
            }
        }
    }
}
