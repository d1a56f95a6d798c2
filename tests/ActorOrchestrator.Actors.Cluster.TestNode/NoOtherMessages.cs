using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using ActorOrchestrator.Actors.Remote;

namespace ActorOrchestrator.Actors.Cluster.TestNode;

/// <summary>A registry that knows no messages: the test node exchanges only cluster messages.</summary>
internal sealed class NoOtherMessages : IMessageSerializer
{
    public static readonly NoOtherMessages Instance = new();

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
