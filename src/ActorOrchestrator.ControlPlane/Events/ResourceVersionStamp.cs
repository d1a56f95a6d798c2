using System.Buffers.Text;
using System.Text.Json;

namespace ActorOrchestrator.ControlPlane.Events;

/// <summary>
/// Writes <c>metadata.resourceVersion</c> into an object's JSON without re-serializing it: the value's bytes are
/// spliced in place (or inserted when the field is absent), so stamping costs one scan up to <c>metadata</c>.
/// </summary>
internal static class ResourceVersionStamp
{
    private static ReadOnlySpan<byte> Metadata => "metadata"u8;

    private static ReadOnlySpan<byte> ResourceVersion => "resourceVersion"u8;

    /// <summary>A copy of <paramref name="json"/> (one JSON object) whose <c>metadata.resourceVersion</c> is <paramref name="resourceVersion"/>.</summary>
    /// <exception cref="JsonException">the text is not a JSON object.</exception>
    public static byte[] Apply(ReadOnlySpan<byte> json, long resourceVersion)
    {
        Span<byte> quoted = stackalloc byte[22];
        quoted[0] = (byte)'"';
        Utf8Formatter.TryFormat(resourceVersion, quoted[1..], out var digits);
        quoted[digits + 1] = (byte)'"';
        var value = quoted[..(digits + 2)];

        var reader = new Utf8JsonReader(json);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("a Kubernetes object must be a JSON object");
        }
        var afterTopBrace = (int)reader.BytesConsumed;
        var topHasFields = false;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            topHasFields = true;
            var isMetadata = reader.ValueTextEquals(Metadata);
            reader.Read();
            if (isMetadata && reader.TokenType == JsonTokenType.StartObject)
            {
                return StampMetadata(json, ref reader, value);
            }
            if (isMetadata && reader.TokenType == JsonTokenType.Null)
            {
                return Splice(json, (int)reader.TokenStartIndex, (int)reader.BytesConsumed, "{\"resourceVersion\":"u8, value, "}"u8);
            }
            reader.Skip();
        }
        return Splice(json, afterTopBrace, afterTopBrace, "\"metadata\":{\"resourceVersion\":"u8, value, topHasFields ? "},"u8 : "}"u8);
    }

    private static byte[] StampMetadata(ReadOnlySpan<byte> json, ref Utf8JsonReader reader, scoped ReadOnlySpan<byte> value)
    {
        var afterBrace = (int)reader.BytesConsumed;
        var hasFields = false;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            hasFields = true;
            var isResourceVersion = reader.ValueTextEquals(ResourceVersion);
            reader.Read();
            if (isResourceVersion)
            {
                return Splice(json, (int)reader.TokenStartIndex, (int)reader.BytesConsumed, [], value, []);
            }
            reader.Skip();
        }
        return Splice(json, afterBrace, afterBrace, "\"resourceVersion\":"u8, value, hasFields ? ","u8 : []);
    }

    /// <summary>Replaces <c>json[start..end]</c> with <paramref name="prefix"/> + <paramref name="value"/> + <paramref name="suffix"/>.</summary>
    private static byte[] Splice(ReadOnlySpan<byte> json, int start, int end, ReadOnlySpan<byte> prefix, ReadOnlySpan<byte> value, ReadOnlySpan<byte> suffix)
    {
        var result = new byte[json.Length - (end - start) + prefix.Length + value.Length + suffix.Length];
        var span = result.AsSpan();
        json[..start].CopyTo(span);
        span = span[start..];
        prefix.CopyTo(span);
        span = span[prefix.Length..];
        value.CopyTo(span);
        span = span[value.Length..];
        suffix.CopyTo(span);
        span = span[suffix.Length..];
        json[end..].CopyTo(span);
        return result;
    }
}
