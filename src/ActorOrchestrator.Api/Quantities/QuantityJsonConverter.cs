using System.Text.Json;
using System.Text.Json.Serialization;

namespace ActorOrchestrator.Api.Quantities;

/// <summary>Quantities travel as canonical strings; numbers are accepted on input, as Kubernetes does.</summary>
internal sealed class QuantityJsonConverter : JsonConverter<Quantity>
{
    public override Quantity Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.TokenType switch
        {
            JsonTokenType.String => reader.GetString()!,
            JsonTokenType.Number => System.Text.Encoding.UTF8.GetString(reader.ValueSpan),
            _ => throw new JsonException($"quantity must be a string or a number, not {reader.TokenType}"),
        };
        return Quantity.TryParse(text.Trim(), out var quantity)
            ? quantity
            : throw new JsonException(new QuantityFormatException(text).Message);
    }

    public override void Write(Utf8JsonWriter writer, Quantity value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString());
}
