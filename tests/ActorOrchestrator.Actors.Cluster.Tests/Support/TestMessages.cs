using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using ActorOrchestrator.Actors.Remote;

namespace ActorOrchestrator.Actors.Cluster.Tests.Support;

/// <summary>A message the singleton specs send through proxies; the singleton answers with where it ran.</summary>
internal sealed record Numbered(int N);

/// <summary>The singleton's answer to <see cref="Numbered"/>.</summary>
internal sealed record NumberedSeen(int N, string Host);

/// <summary>The registry of the specs' own messages (besides the cluster's).</summary>
internal sealed class TestMessages : IMessageSerializer
{
    public static readonly TestMessages Instance = new();

    private static readonly Dictionary<string, Type> Types = new(StringComparer.Ordinal)
    {
        ["test.Numbered"] = typeof(Numbered),
        ["test.NumberedSeen"] = typeof(NumberedSeen),
    };

    public bool TrySerialize(object message, IBufferWriter<byte> output, [NotNullWhen(true)] out string? manifest)
    {
        manifest = Types.FirstOrDefault(e => e.Value == message.GetType()).Key;
        if (manifest is null)
        {
            return false;
        }
        using var writer = new Utf8JsonWriter(output);
        JsonSerializer.Serialize(writer, message, message.GetType());
        return true;
    }

    public bool TryDeserialize(string manifest, ReadOnlySpan<byte> utf8Json, [NotNullWhen(true)] out object? message)
    {
        message = Types.TryGetValue(manifest, out var type) ? JsonSerializer.Deserialize(utf8Json, type) : null;
        return message is not null;
    }
}
