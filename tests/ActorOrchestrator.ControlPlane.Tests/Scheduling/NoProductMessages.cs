using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using ActorOrchestrator.Actors.Remote;

namespace ActorOrchestrator.ControlPlane.Tests.Scheduling;

/// <summary>Remoting for a one-member cluster: the cluster's own messages only.</summary>
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
