using System.Text.Json;
using System.Text.Json.Serialization;

namespace ActorOrchestrator.Api.Quantities;

internal sealed class IntOrStringJsonConverter : JsonConverter<IntOrString>
{
    public override IntOrString Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType switch
        {
            JsonTokenType.String => IntOrString.FromString(reader.GetString()!),
            JsonTokenType.Number when reader.TryGetInt32(out var value) => IntOrString.FromInt(value),
            _ => throw new JsonException("must be an integer or a string"),
        };

    public override void Write(Utf8JsonWriter writer, IntOrString value, JsonSerializerOptions options)
    {
        if (value.IsString)
        {
            writer.WriteStringValue(value.StringValue);
        }
        else
        {
            writer.WriteNumberValue(value.IntValue);
        }
    }
}
