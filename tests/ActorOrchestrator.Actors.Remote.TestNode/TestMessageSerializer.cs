using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace ActorOrchestrator.Actors.Remote.TestNode;

/// <summary>
/// The serializer of the remoting tests: a fixed map of types to manifests, JSON with camelCase names and actor refs
/// as addresses. Stands in for the product's shared registry.
/// </summary>
public sealed class TestMessageSerializer : IMessageSerializer
{
    private readonly Dictionary<Type, (string Manifest, JsonTypeInfo Info)> _byType = [];
    private readonly Dictionary<string, JsonTypeInfo> _byManifest = new(StringComparer.Ordinal);
    private readonly JsonSerializerOptions _options;

    public TestMessageSerializer()
    {
        _options = new JsonSerializerOptions(JsonSerializerDefaults.Web) { TypeInfoResolver = new DefaultJsonTypeInfoResolver() };
        _options.Converters.Add(ActorRefJsonConverter.Instance);
    }

    /// <summary>The serializer with every message type of the tests registered.</summary>
    public static TestMessageSerializer Default() => new TestMessageSerializer()
        .Add<Ping>("Ping.v1")
        .Add<Text>("Text.v1")
        .Add<Request>("Request.v1")
        .Add<Response>("Response.v1")
        .Add<WatchIt>("WatchIt.v1");

    public TestMessageSerializer Add<T>(string manifest)
    {
        var info = _options.GetTypeInfo(typeof(T));
        _byType[typeof(T)] = (manifest, info);
        _byManifest[manifest] = info;
        return this;
    }

    public bool TrySerialize(object message, IBufferWriter<byte> output, [NotNullWhen(true)] out string? manifest)
    {
        if (!_byType.TryGetValue(message.GetType(), out var entry))
        {
            manifest = null;
            return false;
        }
        using var writer = new Utf8JsonWriter(output);
        JsonSerializer.Serialize(writer, message, entry.Info);
        manifest = entry.Manifest;
        return true;
    }

    public bool TryDeserialize(string manifest, ReadOnlySpan<byte> utf8Json, [NotNullWhen(true)] out object? message)
    {
        if (!_byManifest.TryGetValue(manifest, out var info))
        {
            message = null;
            return false;
        }
        message = JsonSerializer.Deserialize(utf8Json, info) ?? throw new JsonException($"'{manifest}' payload is JSON null");
        return true;
    }
}
