using System.Text.Json;
using System.Text.Json.Serialization;

namespace ActorOrchestrator.Api.Serialization;

/// <summary>Kubernetes' <c>metav1.MicroTime</c>: RFC 3339 in UTC with six fractional digits.</summary>
internal sealed class MicroTimeJsonConverter : JsonConverter<DateTimeOffset>
{
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String || !Rfc3339.TryParse(reader.GetString(), out var value))
        {
            throw new JsonException(Rfc3339.FormatError);
        }

        return Rfc3339.TruncateToMicroseconds(value);
    }

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
        writer.WriteStringValue(Rfc3339.FormatMicroseconds(value));
}
