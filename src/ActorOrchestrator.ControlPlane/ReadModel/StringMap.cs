using System.Collections;
using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;

namespace ActorOrchestrator.ControlPlane.ReadModel;

/// <summary>
/// A small immutable string map kept compactly, for the labels and selectable fields of many objects: the sorted keys
/// are one array shared by every map with the same key set (the pods of one template), the values one array per map.
/// </summary>
internal sealed class StringMap : IReadOnlyDictionary<string, string>
{
    // Key sets are few (one per template or kind); the bound keeps objects with one-off label keys from growing it without end.
    private const int MaxSharedKeySets = 10_000;
    private static readonly ConcurrentDictionary<string, string[]> SharedNames = new(StringComparer.Ordinal);

    private readonly string[] _names;
    private readonly string[] _values;

    private StringMap(string[] names, string[] values)
    {
        _names = names;
        _values = values;
    }

    public static StringMap Empty { get; } = new([], []);

    public static StringMap From(IEnumerable<KeyValuePair<string, string>>? pairs)
    {
        if (pairs is null)
        {
            return Empty;
        }
        var sorted = pairs.OrderBy(pair => pair.Key, StringComparer.Ordinal).ToArray();
        if (sorted.Length == 0)
        {
            return Empty;
        }
        return new StringMap(Shared([.. sorted.Select(pair => pair.Key)]), [.. sorted.Select(pair => pair.Value)]);
    }

    /// <summary>A map from keys already sorted ordinally and without duplicates (as <see cref="GetEnumerator"/> returns them).</summary>
    public static StringMap FromSorted(string[] names, string[] values)
    {
        if (names.Length == 0)
        {
            return Empty;
        }
        for (var i = 1; i < names.Length; i++)
        {
            if (string.CompareOrdinal(names[i - 1], names[i]) >= 0)
            {
                throw new ArgumentException($"keys must be sorted and distinct: '{names[i - 1]}' comes before '{names[i]}'", nameof(names));
            }
        }
        return new StringMap(Shared(names), values);
    }

    public int Count => _names.Length;

    public IEnumerable<string> Keys => _names;

    public IEnumerable<string> Values => _values;

    public string this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException($"'{key}' is not in the map");

    public bool ContainsKey(string key) => IndexOf(key) >= 0;

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out string value)
    {
        var index = IndexOf(key);
        value = index >= 0 ? _values[index] : null;
        return index >= 0;
    }

    public IEnumerator<KeyValuePair<string, string>> GetEnumerator()
    {
        for (var i = 0; i < _names.Length; i++)
        {
            yield return new KeyValuePair<string, string>(_names[i], _values[i]);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    // Selectors look keys up once per object while a list scans a kind: for the few keys objects carry, comparing each
    // is cheaper than a binary search through a comparer.
    private int IndexOf(string key)
    {
        var names = _names;
        if (names.Length > 8)
        {
            return Array.BinarySearch(names, key, StringComparer.Ordinal);
        }
        for (var i = 0; i < names.Length; i++)
        {
            if (string.Equals(names[i], key, StringComparison.Ordinal))
            {
                return i;
            }
        }
        return -1;
    }

    private static string[] Shared(string[] names)
    {
        var keySet = string.Join('\n', names);
        if (SharedNames.TryGetValue(keySet, out var shared))
        {
            return shared;
        }
        return SharedNames.Count < MaxSharedKeySets ? SharedNames.GetOrAdd(keySet, names) : names;
    }
}
