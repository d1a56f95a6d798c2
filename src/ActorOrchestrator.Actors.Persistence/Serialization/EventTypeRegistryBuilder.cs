using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using System.Text.RegularExpressions;

namespace ActorOrchestrator.Actors.Persistence.Serialization;

/// <summary>
/// Registers, up front, every event and snapshot type with its explicit manifest: the type's name and a version,
/// e.g. <c>PodBound.v1</c>. Renaming a class never changes what is stored; a new shape gets a new version.
/// </summary>
public sealed partial class EventTypeRegistryBuilder
{
    private readonly JsonSerializerOptions _options;
    private readonly Dictionary<Type, string> _manifestByType = [];
    private readonly Dictionary<string, JsonTypeInfo> _typeInfoByManifest = new(StringComparer.Ordinal);

    /// <param name="options">JSON options; defaults to camelCase names and string enums.</param>
    public EventTypeRegistryBuilder(JsonSerializerOptions? options = null)
    {
        _options = options is null ? CreateDefaultOptions() : new JsonSerializerOptions(options);
    }

    /// <summary>Registers <typeparamref name="T"/> under <paramref name="manifest"/> (<c>Name.vN</c>).</summary>
    public EventTypeRegistryBuilder Add<T>(string manifest) => Add(typeof(T), manifest);

    /// <summary>Registers <paramref name="type"/> under <paramref name="manifest"/> (<c>Name.vN</c>).</summary>
    public EventTypeRegistryBuilder Add(Type type, string manifest)
    {
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(manifest);
        if (!ManifestFormat().IsMatch(manifest))
        {
            throw new ArgumentException(
                $"Manifest '{manifest}' for '{type.FullName}' must be a type name and a version, like 'PodBound.v1'.", nameof(manifest));
        }
        if (_manifestByType.TryGetValue(type, out var existing))
        {
            throw new ArgumentException($"Type '{type.FullName}' is already registered as '{existing}'.", nameof(type));
        }
        if (_typeInfoByManifest.TryGetValue(manifest, out var taken))
        {
            throw new ArgumentException($"Manifest '{manifest}' is already registered for '{taken.Type.FullName}'.", nameof(manifest));
        }
        _manifestByType[type] = manifest;
        _typeInfoByManifest[manifest] = _options.GetTypeInfo(type);
        return this;
    }

    public EventTypeRegistry Build()
    {
        _options.MakeReadOnly();
        return new EventTypeRegistry(
            _manifestByType.ToDictionary(p => p.Key, p => (p.Value, _typeInfoByManifest[p.Value])),
            new Dictionary<string, JsonTypeInfo>(_typeInfoByManifest, StringComparer.Ordinal));
    }

    private static JsonSerializerOptions CreateDefaultOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
        };
        options.Converters.Add(new JsonStringEnumConverter());
        return options;
    }

    [GeneratedRegex(@"^[A-Za-z_][A-Za-z0-9_.\-]*\.v[1-9][0-9]*$", RegexOptions.CultureInvariant)]
    private static partial Regex ManifestFormat();
}
