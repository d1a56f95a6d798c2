using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using System.Runtime.CompilerServices;

namespace ActorOrchestrator.ControlPlane.ReadModel;

/// <summary>
/// Shares the short strings that repeat across many objects (label keys and values, namespaces, field values such
/// as <c>Running</c>): a view of 100,000 pods then holds each once, and reading one that is already pooled allocates
/// nothing. Bounded, so unique values (pod IPs, uids) cannot grow it without end; past the bound strings are just not shared.
/// </summary>
internal static class StringPool
{
    private const int MaxLength = 64;
    private const int MaxEntries = 100_000;

    // Selectable fields whose values are (nearly) unique per object: pooling them would only fill the pool.
    private static readonly HashSet<string> UniqueValuedFields = new(StringComparer.Ordinal)
    {
        "metadata.name", "metadata.namespace", "status.podIP", "involvedObject.uid", "involvedObject.name",
        "involvedObject.resourceVersion", "involvedObject.fieldPath",
    };
    private static readonly ConcurrentDictionary<string, string> Pool = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> ByChars =
        Pool.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether values of the selectable field <paramref name="field"/> repeat across objects, so they are worth pooling.</summary>
    public static bool IsPooledField(string field) => !UniqueValuedFields.Contains(field);

    /// <summary>The string token the reader is on (a property name or a string value).</summary>
    public static string Get(ref Utf8JsonReader reader)
    {
        if (reader.ValueIsEscaped || reader.HasValueSequence || reader.ValueSpan.Length > MaxLength)
        {
            return reader.GetString()!;
        }
        return Get(reader.ValueSpan);
    }

    /// <summary>The string of these UTF-8 bytes.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static string Get(ReadOnlySpan<byte> utf8)
    {
        if (utf8.Length > MaxLength)
        {
            return Encoding.UTF8.GetString(utf8);
        }
        Span<char> chars = stackalloc char[MaxLength];
        var length = Encoding.UTF8.GetChars(utf8, chars);
        var text = chars[..length];
        if (ByChars.TryGetValue(text, out var pooled))
        {
            return pooled;
        }
        var created = text.ToString();
        return Pool.Count < MaxEntries ? Pool.GetOrAdd(created, created) : created;
    }
}
