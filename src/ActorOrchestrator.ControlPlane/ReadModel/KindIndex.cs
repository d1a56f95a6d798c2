using ActorOrchestrator.Api.Meta;
using ActorOrchestrator.Api.Selectors;
using System.Runtime.CompilerServices;

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

    private readonly Dictionary<ObjectName, ViewObject> _objects = [];
    private readonly SortedSet<ObjectName> _order;
    private readonly Dictionary<string, Dictionary<string, HashSet<ObjectName>>> _byLabel = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<string, HashSet<ObjectName>>> _byField = new(StringComparer.Ordinal);
    private readonly string[] _indexedFields;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public KindIndex(ResourceKind kind, int changeCapacity, long startPosition, IReadOnlyCollection<ViewObject> objects)
    {
        Kind = kind;
        _indexedFields = IndexedFieldsByKind.GetValueOrDefault(kind.Kind, []);
        Changes = new ChangeLog(changeCapacity, startPosition);
        foreach (var resource in objects)
        {
            _objects.Add(resource.ObjectName, resource);
            AddToIndexes(resource);
        }
        // Built from the whole set at once: far cheaper than inserting one by one.
        _order = new SortedSet<ObjectName>(_objects.Keys);
    }

    public ResourceKind Kind { get; }

    public ChangeLog Changes { get; }

    public int Count => _objects.Count;

    public ViewObject? Get(ObjectName name) => _objects.GetValueOrDefault(name);

    public bool Contains(ObjectName name) => _objects.ContainsKey(name);

    /// <summary>Stores a new version of an object, replacing <paramref name="previous"/> (null when it is new).</summary>
    public void Put(ViewObject resource, ViewObject? previous)
    {
        if (previous is not null)
        {
            RemoveFromIndexes(previous);
        }
        else
        {
            _order.Add(resource.ObjectName);
        }
        _objects[resource.ObjectName] = resource;
        AddToIndexes(resource);
    }

    public void Remove(ViewObject existing)
    {
        _objects.Remove(existing.ObjectName);
        _order.Remove(existing.ObjectName);
        RemoveFromIndexes(existing);
    }

    /// <summary>Every object, in list order.</summary>
    public IEnumerable<ViewObject> All() => _order.Select(name => _objects[name]);

    /// <summary>The names in list order within <paramref name="namespace"/> (all when null) that come after <paramref name="after"/> (from the start when null).</summary>
    public IEnumerable<ObjectName> NamesInOrder(string? @namespace, ObjectName? after)
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
        var upper = @namespace is null ? _order.Max : new ObjectName(@namespace, "\uffff");
        if (lower.CompareTo(upper) > 0)
        {
            return [];
        }
        var view = _order.GetViewBetween(lower, upper);
        return after is { } skip ? view.Where(name => !name.Equals(skip)) : view;
    }

    /// <summary>
    /// The names an index can narrow the filter to (a superset of the current matches), or null when no index applies
    /// and the caller must scan. The smallest of the candidate sets of the equality and set-membership requirements wins.
    /// </summary>
    public IReadOnlyCollection<ObjectName>? Candidates(ObjectFilter filter)
    {
        IReadOnlyCollection<ObjectName>? best = null;
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
        if (filter.Namespace is not null && filter.Fields.RequiredValue("metadata.name") is { } name)
        {
            var single = new ObjectName(filter.Namespace, name);
            best = Smaller(best, _objects.ContainsKey(single) ? [single] : []);
        }
        return best;
    }

    private static IReadOnlyCollection<ObjectName> Smaller(IReadOnlyCollection<ObjectName>? current, IReadOnlyCollection<ObjectName> candidate) =>
        current is null || candidate.Count < current.Count ? candidate : current;

    private static IReadOnlyCollection<ObjectName> Lookup(
        Dictionary<string, Dictionary<string, HashSet<ObjectName>>> index, string key, IReadOnlyList<string> values)
    {
        if (!index.TryGetValue(key, out var byValue))
        {
            return [];
        }
        if (values.Count == 1)
        {
            return byValue.TryGetValue(values[0], out var names) ? names : [];
        }
        var union = new HashSet<ObjectName>();
        foreach (var value in values)
        {
            if (byValue.TryGetValue(value, out var names))
            {
                union.UnionWith(names);
            }
        }
        return union;
    }

    private void AddToIndexes(ViewObject resource)
    {
        foreach (var (key, value) in resource.LabelMap)
        {
            Add(_byLabel, key, value, resource.ObjectName);
        }
        foreach (var field in _indexedFields)
        {
            if (resource.FieldMap.TryGetValue(field, out var value))
            {
                Add(_byField, field, value, resource.ObjectName);
            }
        }
    }

    private void RemoveFromIndexes(ViewObject resource)
    {
        foreach (var (key, value) in resource.LabelMap)
        {
            Remove(_byLabel, key, value, resource.ObjectName);
        }
        foreach (var field in _indexedFields)
        {
            if (resource.FieldMap.TryGetValue(field, out var value))
            {
                Remove(_byField, field, value, resource.ObjectName);
            }
        }
    }

    private static void Add(Dictionary<string, Dictionary<string, HashSet<ObjectName>>> index, string key, string value, ObjectName name)
    {
        if (!index.TryGetValue(key, out var byValue))
        {
            index[key] = byValue = new Dictionary<string, HashSet<ObjectName>>(StringComparer.Ordinal);
        }
        if (!byValue.TryGetValue(value, out var names))
        {
            byValue[value] = names = [];
        }
        names.Add(name);
    }

    private static void Remove(Dictionary<string, Dictionary<string, HashSet<ObjectName>>> index, string key, string value, ObjectName name)
    {
        if (!index.TryGetValue(key, out var byValue) || !byValue.TryGetValue(value, out var names))
        {
            return;
        }
        names.Remove(name);
        if (names.Count == 0)
        {
            byValue.Remove(value);
            if (byValue.Count == 0)
            {
                index.Remove(key);
            }
        }
    }
}
