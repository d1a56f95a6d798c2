using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using ActorOrchestrator.Hocon.Syntax;

namespace ActorOrchestrator.Hocon.Rendering;

/// <summary>Writes a resolved tree as indented JSON; numbers keep the spelling they were written with.</summary>
internal static class JsonRenderer
{
    public static string Render(HoconObject root)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            Write(writer, root);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void Write(Utf8JsonWriter writer, HoconNode node)
    {
        switch (node)
        {
            case HoconObject obj:
                writer.WriteStartObject();
                foreach (var key in obj.Keys)
                {
                    writer.WritePropertyName(key);
                    Write(writer, obj[key]);
                }

                writer.WriteEndObject();
                break;
            case HoconArray array:
                writer.WriteStartArray();
                foreach (var item in array.Items)
                {
                    Write(writer, item);
                }

                writer.WriteEndArray();
                break;
            case HoconScalar { Kind: ScalarKind.String } scalar:
                writer.WriteStringValue(scalar.Text);
                break;
            case HoconScalar { Kind: ScalarKind.Number } scalar:
                writer.WriteRawValue(scalar.Text);
                break;
            case HoconScalar { Kind: ScalarKind.Boolean } scalar:
                writer.WriteBooleanValue(scalar.Text == "true");
                break;
            case HoconScalar:
                writer.WriteNullValue();
                break;
            default:
                throw new InvalidOperationException("only a resolved configuration can be rendered");
        }
    }
}
