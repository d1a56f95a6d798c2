using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using ActorOrchestrator.Actors.Cluster.Membership;
using ActorOrchestrator.Actors.Remote;

namespace ActorOrchestrator.Actors.Cluster.Serialization;

/// <summary>
/// Carries the cluster messages (manifests "cluster.*") and hands every other message to <paramref name="inner"/>,
/// the product's registry, so remoting can be started with both.
/// </summary>
public sealed class ClusterMessageSerializer(IMessageSerializer inner) : IMessageSerializer
{
    private readonly IMessageSerializer _inner = inner ?? throw new ArgumentNullException(nameof(inner));

    public bool TrySerialize(object message, IBufferWriter<byte> output, [NotNullWhen(true)] out string? manifest)
    {
        if (message is IClusterMessage && ClusterJson.ManifestOf(message.GetType()) is { } clusterManifest)
        {
            using var writer = new Utf8JsonWriter(output);
            JsonSerializer.Serialize(writer, message, message.GetType(), ClusterJson.Options);
            manifest = clusterManifest;
            return true;
        }
        return _inner.TrySerialize(message, output, out manifest);
    }

    public bool TryDeserialize(string manifest, ReadOnlySpan<byte> utf8Json, [NotNullWhen(true)] out object? message)
    {
        if (ClusterJson.MessageTypes.TryGetValue(manifest, out var type))
        {
            message = JsonSerializer.Deserialize(utf8Json, type, ClusterJson.Options)
                ?? throw new JsonException($"A {manifest} message cannot be null.");
            return true;
        }
        return _inner.TryDeserialize(manifest, utf8Json, out message);
    }
}
