using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using ActorOrchestrator.Actors.Remote;

namespace ActorOrchestrator.Host.Node;

/// <summary>
/// The product's remote message registry under the cluster and sharding serializers. Members of this version exchange
/// only cluster and sharding messages across the wire (a one-member node sends none at all).
/// </summary>
internal sealed class NoProductMessages : IMessageSerializer
{
    public static readonly NoProductMessages Instance = new();

    public bool TrySerialize(object message, IBufferWriter<byte> output, [NotNullWhen(true)] out string? manifest)
    {
        manifest = null;
        return false;
    }

    public bool TryDeserialize(string manifest, ReadOnlySpan<byte> utf8Json, [NotNullWhen(true)] out object? message)
    {
        message = null;
        return false;
    }
}
