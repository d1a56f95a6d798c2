using System.Buffers;
using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using ActorOrchestrator.Actors.Remote;

namespace ActorOrchestrator.Actors.Cluster.Sharding;

/// <summary>
/// Carries the messages regions and coordinators exchange (manifests "sharding.*") and <see cref="ShardingEnvelope"/>
/// (its payload through <paramref name="inner"/>, with the payload's own manifest), and hands every other message
/// to <paramref name="inner"/>, the product's registry. Wrap it in ClusterMessageSerializer for remoting.
/// </summary>
public sealed class ShardingMessageSerializer(IMessageSerializer inner) : IMessageSerializer
{
    private const string EnvelopeManifest = "sharding.ShardingEnvelope";

    private static readonly FrozenDictionary<string, Type> MessageTypes = new[]
    {
        typeof(Register), typeof(RegisterProxy), typeof(RegisterAck), typeof(GetShardHome), typeof(ShardHome), typeof(HostShard),
        typeof(BeginHandOff), typeof(BeginHandOffAck), typeof(HandOff), typeof(ShardStopped), typeof(GracefulShutdownReq),
    }.ToFrozenDictionary(static type => "sharding." + type.Name, StringComparer.Ordinal);

    private static readonly FrozenDictionary<Type, string> Manifests = MessageTypes.ToFrozenDictionary(static e => e.Value, static e => e.Key);

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { Converters = { ActorRefJsonConverter.Instance } };

    private readonly IMessageSerializer _inner = inner ?? throw new ArgumentNullException(nameof(inner));

    public bool TrySerialize(object message, IBufferWriter<byte> output, [NotNullWhen(true)] out string? manifest)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (message is ShardingEnvelope envelope)
        {
            return TrySerializeEnvelope(envelope, output, out manifest);
        }
        if (message is IShardingMessage && Manifests.TryGetValue(message.GetType(), out manifest))
        {
            using var writer = new Utf8JsonWriter(output);
            JsonSerializer.Serialize(writer, message, message.GetType(), Options);
            return true;
        }
        return _inner.TrySerialize(message, output, out manifest);
    }

    public bool TryDeserialize(string manifest, ReadOnlySpan<byte> utf8Json, [NotNullWhen(true)] out object? message)
    {
        if (manifest == EnvelopeManifest)
        {
            return TryDeserializeEnvelope(utf8Json, out message);
        }
        if (MessageTypes.TryGetValue(manifest, out var type))
        {
            message = JsonSerializer.Deserialize(utf8Json, type, Options) ?? throw new JsonException($"A {manifest} message cannot be null.");
            return true;
        }
        return _inner.TryDeserialize(manifest, utf8Json, out message);
    }

    private bool TrySerializeEnvelope(ShardingEnvelope envelope, IBufferWriter<byte> output, [NotNullWhen(true)] out string? manifest)
    {
        var payload = new ArrayBufferWriter<byte>();
        if (!TrySerialize(envelope.Message, payload, out var payloadManifest))
        {
            manifest = null;
            return false;
        }
        using var writer = new Utf8JsonWriter(output);
        writer.WriteStartObject();
        writer.WriteString("entityId", envelope.EntityId);
        writer.WriteString("manifest", payloadManifest);
        writer.WritePropertyName("message");
        writer.WriteRawValue(payload.WrittenSpan, skipInputValidation: true);
        writer.WriteEndObject();
        manifest = EnvelopeManifest;
        return true;
    }

    private bool TryDeserializeEnvelope(ReadOnlySpan<byte> utf8Json, [NotNullWhen(true)] out object? message)
    {
        var reader = new Utf8JsonReader(utf8Json);
        using var document = JsonDocument.ParseValue(ref reader);
        var root = document.RootElement;
        var entityId = root.GetProperty("entityId").GetString() ?? throw new JsonException("A sharding envelope needs an entityId.");
        var payloadManifest = root.GetProperty("manifest").GetString() ?? throw new JsonException("A sharding envelope needs a manifest.");
        var payload = root.GetProperty("message").GetRawText();
        if (!TryDeserialize(payloadManifest, System.Text.Encoding.UTF8.GetBytes(payload), out var inner))
        {
            message = null;
            return false;
        }
        message = new ShardingEnvelope(entityId, inner);
        return true;
    }
}
