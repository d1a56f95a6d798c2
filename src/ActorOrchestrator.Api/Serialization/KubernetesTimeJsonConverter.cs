using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ActorOrchestrator.Api.Serialization;

/// <summary>
/// Kubernetes' <c>metav1.Time</c>: RFC 3339 in UTC with seconds precision (<c>2026-11-22T12:00:00Z</c>).
/// Any RFC 3339 offset and fraction is accepted on input and truncated to the second.
/// </summary>
internal sealed class KubernetesTimeJsonConverter : JsonConverter<DateTimeOffset>
{
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String || !Rfc3339.TryParse(reader.GetString(), out var value))
        {
            throw new JsonException(Rfc3339.FormatError);
        }

        return Rfc3339.TruncateToSeconds(value);
    }

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
        writer.WriteStringValue(Rfc3339.FormatSeconds(value));
}
