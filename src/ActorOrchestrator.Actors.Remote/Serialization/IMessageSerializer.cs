using System.Buffers;
using System.Diagnostics.CodeAnalysis;

namespace ActorOrchestrator.Actors.Remote;

/// <summary>
/// Turns user messages into UTF-8 JSON under an explicit, registered manifest and back. Remoting depends only on
/// this; the product's shared type registry implements it, tests bring a small one of their own.
/// </summary>
public interface IMessageSerializer
{
    /// <summary>
    /// Writes <paramref name="message"/> as UTF-8 JSON to <paramref name="output"/> and returns its manifest; false
    /// (nothing written) when the message's type is not registered.
    /// </summary>
    bool TrySerialize(object message, IBufferWriter<byte> output, [NotNullWhen(true)] out string? manifest);

    /// <summary>
    /// Reads a message back; false when <paramref name="manifest"/> is not registered. A payload that does not fit
    /// the registered type throws (typically <see cref="System.Text.Json.JsonException"/>).
    /// </summary>
    bool TryDeserialize(string manifest, ReadOnlySpan<byte> utf8Json, [NotNullWhen(true)] out object? message);
}
