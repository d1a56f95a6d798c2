using ActorOrchestrator.ControlPlane.Events;

namespace ActorOrchestrator.ControlPlane.Reconciling;

/// <summary>
/// Dependents by owner uid (from ownerReferences), kept up to date from the view's change stream by
/// <see cref="ReconcileTrigger"/>; garbage collection and foreground deletion ask it for an owner's dependents.
/// Thread-safe.
/// </summary>
public sealed class OwnerIndex
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, HashSet<ResourceKey>> _dependentsByOwner = new(StringComparer.Ordinal);
    private readonly Dictionary<ResourceKey, string[]> _ownersByDependent = [];

    /// <summary>The objects whose ownerReferences name <paramref name="ownerUid"/>, as last seen.</summary>
    public IReadOnlyList<ResourceKey> DependentsOf(string ownerUid)
    {
        lock (_lock)
        {
            return _dependentsByOwner.TryGetValue(ownerUid, out var dependents) ? [.. dependents] : [];
        }
    }

    /// <summary>Records the owners of <paramref name="dependent"/> (empty when it has none or is gone).</summary>
    public void Set(ResourceKey dependent, IReadOnlyCollection<string> ownerUids)
    {
        lock (_lock)
        {
            if (_ownersByDependent.Remove(dependent, out var previous))
            {
                foreach (var owner in previous)
                {
                    if (_dependentsByOwner.TryGetValue(owner, out var set) && set.Remove(dependent) && set.Count == 0)
                    {
                        _dependentsByOwner.Remove(owner);
                    }
                }
            }
            if (ownerUids.Count == 0)
            {
                return;
            }
            _ownersByDependent[dependent] = [.. ownerUids];
            foreach (var owner in ownerUids)
            {
                if (!_dependentsByOwner.TryGetValue(owner, out var set))
                {
                    _dependentsByOwner[owner] = set = [];
                }
                set.Add(dependent);
            }
        }
    }
}
