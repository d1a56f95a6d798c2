using System.Runtime.CompilerServices;
using ActorOrchestrator.Api.Meta;
using ActorOrchestrator.Api.Selectors;

namespace ActorOrchestrator.ControlPlane.ReadModel;

/// <summary>
/// The objects of one kind: by name, in list order, by label (key, value) and by the kind's indexed fields
/// (<c>spec.nodeName</c> for pods, <c>involvedObject.name</c> for events), plus the kind's recent changes.
/// Not thread-safe: the view's lock guards it.
/// </summary>
internal sealed class KindIndex
{
    private static readonly Dictionary<string, string[]> IndexedFieldsByKind = new(StringComparer.Ordinal)
    {
        ["Pod"] = ["spec.nodeName"],
        ["Event"] = ["involvedObject.name"],
    };

    private readonly Dictionary<ObjectName, ObjectSlot> _slots;
    private readonly SortedSet<ObjectSlot> _order;
    private readonly Dictionary<string, Dictionary<string, HashSet<ObjectSlot>>> _byLabel = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<string, HashSet<ObjectSlot>>> _byField = new(StringComparer.Ordinal);
    private readonly string[] _indexedFields;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public KindIndex(ResourceKind kind, int changeCapacity, long startPosition, IReadOnlyCollection<ViewObject> objects)
    {
        Kind = kind;
        _indexedFields = IndexedFieldsByKind.GetValueOrDefault(kind.Kind, []);
        Changes = new ChangeLog(changeCapacity, startPosition);
        _slots = new Dictionary<ObjectName, ObjectSlot>(objects.Count);
        foreach (var resource in objects)
        {
            var slot = new ObjectSlot(resource.ObjectName, resource);
            _slots.Add(slot.Name, slot);
            AddToIndexes(slot);
        }
        // Built from the whole set at once: far cheaper than inserting one by one.
        _order = new SortedSet<ObjectSlot>(_slots.Values, ObjectSlot.ByName);
    }

    public ResourceKind Kind { get; }

    public ChangeLog Changes { get; }

    public int Count => _slots.Count;

    public ViewObject? Get(ObjectName name) => _slots.TryGetValue(name, out var slot) ? slot.Current : null;

    public bool Contains(ObjectName name) => _slots.ContainsKey(name);

    /// <summary>Stores a new version of an object, replacing the one it had (if any).</summary>
    public void Put(ViewObject resource)
    {
        if (_slots.TryGetValue(resource.ObjectName, out var slot))
        {
            RemoveFromIndexes(slot);
            slot.Current = resource;
        }
        else
        {
            slot = new ObjectSlot(resource.ObjectName, resource);
            _slots.Add(slot.Name, slot);
            _order.Add(slot);
        }
        AddToIndexes(slot);
    }

    public void Remove(ObjectName name)
    {
        if (_slots.Remove(name, out var slot))
        {
            _order.Remove(slot);
            RemoveFromIndexes(slot);
        }
    }

    /// <summary>Every object, in list order.</summary>
    public IEnumerable<ViewObject> All() => _order.Select(slot => slot.Current);

    /// <summary>The slots in list order within <paramref name="namespace"/> (all when null) that come after <paramref name="after"/> (from the start when null).</summary>
    public IEnumerable<ObjectSlot> InOrder(string? @namespace, ObjectName? after)
    {
        if (_order.Count == 0)
        {
            return [];
        }
        var lower = after ?? new ObjectName(@namespace ?? "", "");
        if (@namespace is not null && string.CompareOrdinal(lower.Namespace, @namespace) < 0)
        {
            lower = new ObjectName(@namespace, "");
        }
        var upper = @namespace is null ? _order.Max!.Name : new ObjectName(@namespace, "\uffff");
        if (lower.CompareTo(upper) > 0)
        {
            return [];
        }
        var view = _order.GetViewBetween(ObjectSlot.Bound(lower), ObjectSlot.Bound(upper));
        return after is { } skip ? view.Where(slot => !slot.Name.Equals(skip)) : view;
    }

    /// <summary>
    /// The slots an index can narrow the filter to (a superset of the current matches), or null when no index applies
    /// and the caller must scan. The smallest of the candidate sets of the equality and set-membership requirements wins.
    /// </summary>
    public IReadOnlyCollection<ObjectSlot>? Candidates(ObjectFilter filter)
    {
        IReadOnlyCollection<ObjectSlot>? best = null;
        foreach (var requirement in filter.Labels.Requirements)
        {
            if (requirement.Operator is SelectorOperator.Equals or SelectorOperator.DoubleEquals or SelectorOperator.In)
            {
                best = Smaller(best, Lookup(_byLabel, requirement.Key, requirement.Values));
            }
        }
        foreach (var field in _indexedFields)
        {
            if (filter.Fields.RequiredValue(field) is { } value)
            {
                best = Smaller(best, Lookup(_byField, field, [value]));
            }
        }
        var @namespace = Kind.Namespaced ? filter.Namespace : "";
        if (@namespace is not null && filter.Fields.RequiredValue("metadata.name") is { } name)
        {
            best = Smaller(best, _slots.TryGetValue(new ObjectName(@namespace, name), out var single) ? [single] : []);
        }
        return best;
    }

    private static IReadOnlyCollection<ObjectSlot> Smaller(IReadOnlyCollection<ObjectSlot>? current, IReadOnlyCollection<ObjectSlot> candidate) =>
        current is null || candidate.Count < current.Count ? candidate : current;

    private static IReadOnlyCollection<ObjectSlot> Lookup(
        Dictionary<string, Dictionary<string, HashSet<ObjectSlot>>> index, string key, IReadOnlyList<string> values)
    {
        if (!index.TryGetValue(key, out var byValue))
        {
            return [];
        }
        if (values.Count == 1)
        {
            return byValue.TryGetValue(values[0], out var slots) ? slots : [];
        }
        var union = new HashSet<ObjectSlot>(ReferenceEqualityComparer.Instance);
        foreach (var value in values)
        {
            if (byValue.TryGetValue(value, out var slots))
            {
                union.UnionWith(slots);
            }
        }
        return union;
    }

    private void AddToIndexes(ObjectSlot slot)
    {
        foreach (var (key, value) in slot.Current.LabelMap)
        {
            Add(_byLabel, key, value, slot);
        }
        foreach (var field in _indexedFields)
        {
            if (slot.Current.FieldMap.TryGetValue(field, out var value))
            {
                Add(_byField, field, value, slot);
            }
        }
    }

    private void RemoveFromIndexes(ObjectSlot slot)
    {
        foreach (var (key, value) in slot.Current.LabelMap)
        {
            Remove(_byLabel, key, value, slot);
        }
        foreach (var field in _indexedFields)
        {
            if (slot.Current.FieldMap.TryGetValue(field, out var value))
            {
                Remove(_byField, field, value, slot);
            }
        }
    }

    private static void Add(Dictionary<string, Dictionary<string, HashSet<ObjectSlot>>> index, string key, string value, ObjectSlot slot)
    {
        if (!index.TryGetValue(key, out var byValue))
        {
            index[key] = byValue = new Dictionary<string, HashSet<ObjectSlot>>(StringComparer.Ordinal);
        }
        if (!byValue.TryGetValue(value, out var slots))
        {
            byValue[value] = slots = new HashSet<ObjectSlot>(ReferenceEqualityComparer.Instance);
        }
        slots.Add(slot);
    }

    private static void Remove(Dictionary<string, Dictionary<string, HashSet<ObjectSlot>>> index, string key, string value, ObjectSlot slot)
    {
        if (!index.TryGetValue(key, out var byValue) || !byValue.TryGetValue(value, out var slots))
        {
            return;
        }
        slots.Remove(slot);
        if (slots.Count == 0)
        {
            byValue.Remove(value);
            if (byValue.Count == 0)
            {
                index.Remove(key);
            }
        }
    }
}
