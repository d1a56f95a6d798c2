using System.Collections.Frozen;
using System.Globalization;
using System.Text;
using System.Text.Json;
using ActorOrchestrator.Api;
using ActorOrchestrator.Api.Meta;
using ActorOrchestrator.Api.Selectors;
using ActorOrchestrator.ControlPlane.Events;
using System.Runtime.CompilerServices;

namespace ActorOrchestrator.ControlPlane.ReadModel;

/// <summary>
/// Reads what the view indexes (uid, labels, and the kind's selectable fields as <see cref="SelectableFields.Of"/>
/// renders them) straight from an object's JSON in one pass, skipping everything else: far cheaper than materializing
/// the model object, which matters when a view of 100,000 objects is rebuilt from the journal. The fields and their
/// JSON paths come from <see cref="SelectableFields.Supported"/>; the few whose rendering is not "the string at that
/// path, or empty" are listed here.
/// </summary>
internal sealed class IndexedJsonReader
{
    // Fields whose JSON path differs from their name, or whose value when unset is not "".
    private static readonly Dictionary<(string Kind, string Field), (string Path, string Unset)> Exceptions = new()
    {
        [("Pod", "spec.hostNetwork")] = ("spec.hostNetwork", "false"),
        [("Node", "spec.unschedulable")] = ("spec.unschedulable", "false"),
        [("ReplicaSet", "status.replicas")] = ("status.replicas", "0"),
        [("Event", "source")] = ("source.component", ""),
    };

    private static readonly byte[] MetadataName = "metadata"u8.ToArray();
    private static readonly byte[] UidName = "uid"u8.ToArray();
    private static readonly byte[] LabelsName = "labels"u8.ToArray();

    // Last: the readers built here use the tables above.
    private static readonly FrozenDictionary<string, IndexedJsonReader> ByKind =
        ResourceKinds.All.ToFrozenDictionary(kind => kind.Kind, kind => new IndexedJsonReader(kind), StringComparer.Ordinal);

    private readonly string[] _fieldNames;
    private readonly string[] _unsetValues;
    private readonly PathNode _root = new();
    private readonly int _nameSlot;
    private readonly int _namespaceSlot;

    private IndexedJsonReader(ResourceKind kind)
    {
        _fieldNames = [.. SelectableFields.Supported(kind).Order(StringComparer.Ordinal)];
        _unsetValues = new string[_fieldNames.Length];
        _nameSlot = Array.IndexOf(_fieldNames, "metadata.name");
        _namespaceSlot = Array.IndexOf(_fieldNames, "metadata.namespace");
        for (var slot = 0; slot < _fieldNames.Length; slot++)
        {
            var (path, unset) = Exceptions.GetValueOrDefault((kind.Kind, _fieldNames[slot]), (_fieldNames[slot], ""));
            _unsetValues[slot] = unset;
            if (slot != _nameSlot && slot != _namespaceSlot)
            {
                _root.Add(path.Split('.'), slot, StringPool.IsPooledField(_fieldNames[slot]));
            }
        }
    }

    public static IndexedJsonReader For(ResourceKind kind) => ByKind[kind.Kind];

    /// <summary>The uid, labels and selectable fields of <paramref name="key"/>'s object, read from its JSON.</summary>
    /// <exception cref="JsonException">the JSON is not an object.</exception>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public (string? Uid, StringMap Labels, StringMap Fields) Read(ReadOnlySpan<byte> json, ResourceKey key)
    {
        var values = (string[])_unsetValues.Clone();
        values[_nameSlot] = key.Name;
        values[_namespaceSlot] = key.Namespace;
        string? uid = null;
        var labels = StringMap.Empty;
        var reader = new Utf8JsonReader(json);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("a Kubernetes object must be a JSON object");
        }
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals(MetadataName))
            {
                reader.Read();
                (uid, labels) = ReadMetadata(ref reader);
                continue;
            }
            var child = _root.Find(ref reader);
            reader.Read();
            if (child is null)
            {
                reader.Skip();
                continue;
            }
            ReadValue(ref reader, child, values);
        }
        return (uid, labels, StringMap.FromSorted(_fieldNames, values));
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static (string? Uid, StringMap Labels) ReadMetadata(ref Utf8JsonReader reader)
    {
        string? uid = null;
        var labels = StringMap.Empty;
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            reader.Skip();
            return (uid, labels);
        }
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isUid = reader.ValueTextEquals(UidName);
            var isLabels = !isUid && reader.ValueTextEquals(LabelsName);
            reader.Read();
            if (isUid && reader.TokenType == JsonTokenType.String)
            {
                uid = reader.GetString();
            }
            else if (isLabels && reader.TokenType == JsonTokenType.StartObject)
            {
                labels = ReadLabels(ref reader);
            }
            else
            {
                reader.Skip();
            }
        }
        return (uid, labels);
    }

    private static StringMap ReadLabels(ref Utf8JsonReader reader)
    {
        var pairs = new List<KeyValuePair<string, string>>();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var key = StringPool.Get(ref reader);
            reader.Read();
            if (reader.TokenType == JsonTokenType.String)
            {
                pairs.Add(new KeyValuePair<string, string>(key, StringPool.Get(ref reader)));
            }
            else
            {
                reader.Skip();
            }
        }
        return StringMap.From(pairs);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void ReadValue(ref Utf8JsonReader reader, PathNode node, string[] values)
    {
        if (node.Slot is { } slot)
        {
            values[slot] = reader.TokenType switch
            {
                JsonTokenType.String => node.Pooled ? StringPool.Get(ref reader) : reader.GetString()!,
                JsonTokenType.True => "true",
                JsonTokenType.False => "false",
                JsonTokenType.Number => reader.TryGetInt64(out var number)
                    ? number.ToString(CultureInfo.InvariantCulture)
                    : Encoding.UTF8.GetString(reader.ValueSpan),
                _ => values[slot],
            };
            reader.Skip();
            return;
        }
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            reader.Skip();
            return;
        }
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var child = node.Find(ref reader);
            reader.Read();
            if (child is null)
            {
                reader.Skip();
            }
            else
            {
                ReadValue(ref reader, child, values);
            }
        }
    }

    /// <summary>A step of the selectable fields' JSON paths: a leaf names the field's slot, an inner node its children.</summary>
    private sealed class PathNode
    {
        private readonly List<(byte[] Name, PathNode Node)> _children = [];

        public int? Slot { get; private set; }

        /// <summary>Whether this leaf's values repeat across objects and go through the <see cref="StringPool"/>.</summary>
        public bool Pooled { get; private set; }

        public void Add(ReadOnlySpan<string> path, int slot, bool pooled)
        {
            if (path.Length == 0)
            {
                Slot = slot;
                Pooled = pooled;
                return;
            }
            var name = Encoding.UTF8.GetBytes(path[0]);
            var existing = _children.FirstOrDefault(c => c.Name.AsSpan().SequenceEqual(name)).Node;
            if (existing is null)
            {
                existing = new PathNode();
                _children.Add((name, existing));
            }
            existing.Add(path[1..], slot, pooled);
        }

        /// <summary>The child named by the property name the reader is on, or null.</summary>
        public PathNode? Find(ref Utf8JsonReader reader)
        {
            foreach (var (name, node) in _children)
            {
                if (reader.ValueTextEquals(name))
                {
                    return node;
                }
            }
            return null;
        }
    }
}
