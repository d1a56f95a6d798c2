using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace ActorOrchestrator.Actors.Persistence.Serialization;

/// <summary>
/// The fixed set of event and snapshot types a store can write and read, each with its manifest; built with
/// <see cref="EventTypeRegistryBuilder"/>. Payloads are JSON (System.Text.Json), readable with plain SQL.
/// </summary>
public sealed class EventTypeRegistry
{
    private readonly FrozenDictionary<Type, (string Manifest, JsonTypeInfo TypeInfo)> _byType;
    private readonly FrozenDictionary<string, JsonTypeInfo> _byManifest;

    internal EventTypeRegistry(
        IReadOnlyDictionary<Type, (string Manifest, JsonTypeInfo TypeInfo)> byType, IReadOnlyDictionary<string, JsonTypeInfo> byManifest)
    {
        _byType = byType.ToFrozenDictionary();
        _byManifest = byManifest.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>Every registered manifest.</summary>
    public IReadOnlyCollection<string> Manifests => _byManifest.Keys;

    public bool TryGetManifest(Type type, [NotNullWhen(true)] out string? manifest)
    {
        if (_byType.TryGetValue(type, out var entry))
        {
            manifest = entry.Manifest;
            return true;
        }
        manifest = null;
        return false;
    }

    /// <summary>Serializes a registered payload; an unregistered type throws <see cref="UnregisteredEventTypeException"/>.</summary>
    public SerializedPayload Serialize(object payload)
    {
        ArgumentNullException.ThrowIfNull(payload);
        if (!_byType.TryGetValue(payload.GetType(), out var entry))
        {
            throw new UnregisteredEventTypeException(payload.GetType());
        }
        return new SerializedPayload(entry.Manifest, JsonSerializer.Serialize(payload, entry.TypeInfo));
    }

    /// <summary>
    /// Reads a payload back. Throws <see cref="KeyNotFoundException"/> for an unknown manifest and <see cref="JsonException"/>
    /// for a payload that does not fit; callers turn these into errors naming the entity.
    /// </summary>
    public object Deserialize(string manifest, string json)
    {
        if (!_byManifest.TryGetValue(manifest, out var typeInfo))
        {
            throw new KeyNotFoundException(
                $"the manifest is not registered (registered: {(_byManifest.Count == 0 ? "none" : string.Join(", ", _byManifest.Keys.Order(StringComparer.Ordinal)))})");
        }
        return JsonSerializer.Deserialize(json, typeInfo) ?? throw new JsonException("the payload is JSON null");
    }
}
