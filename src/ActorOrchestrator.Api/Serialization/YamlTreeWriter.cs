using System.Text.Json;
using System.Text.Json.Nodes;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace ActorOrchestrator.Api.Serialization;

/// <summary>
/// Writes JSON trees as block YAML. Strings a YAML 1.1 reader would take for something else
/// (<c>"true"</c>, <c>"on"</c>, <c>"0777"</c>, <c>""</c>) are quoted, so the text reads back as the same JSON.
/// </summary>
internal static class YamlTreeWriter
{
    public static string Write(IEnumerable<JsonNode?> documents)
    {
        using var text = new StringWriter();
        var emitter = new Emitter(text, EmitterSettings.Default.WithBestIndent(2).WithBestWidth(int.MaxValue));
        emitter.Emit(new StreamStart());
        var first = true;
        foreach (var document in documents)
        {
            emitter.Emit(new DocumentStart(null, null, isImplicit: first));
            WriteNode(emitter, document);
            emitter.Emit(new DocumentEnd(isImplicit: true));
            first = false;
        }

        emitter.Emit(new StreamEnd());
        return text.ToString();
    }

    private static void WriteNode(IEmitter emitter, JsonNode? node)
    {
        switch (node)
        {
            case null:
                emitter.Emit(Plain("null"));
                break;
            case JsonObject obj:
                emitter.Emit(new MappingStart(AnchorName.Empty, TagName.Empty, true, obj.Count == 0 ? MappingStyle.Flow : MappingStyle.Block));
                foreach (var (key, value) in obj)
                {
                    emitter.Emit(StringScalar(key));
                    WriteNode(emitter, value);
                }

                emitter.Emit(new MappingEnd());
                break;
            case JsonArray array:
                emitter.Emit(new SequenceStart(AnchorName.Empty, TagName.Empty, true, array.Count == 0 ? SequenceStyle.Flow : SequenceStyle.Block));
                foreach (var item in array)
                {
                    WriteNode(emitter, item);
                }

                emitter.Emit(new SequenceEnd());
                break;
            case JsonValue value when value.GetValueKind() == JsonValueKind.String:
                emitter.Emit(StringScalar(value.GetValue<string>()));
                break;
            default:
                emitter.Emit(Plain(node.ToJsonString()));
                break;
        }
    }

    private static Scalar Plain(string text) => new(AnchorName.Empty, TagName.Empty, text, ScalarStyle.Plain, true, false);

    private static Scalar StringScalar(string text)
    {
        var style = YamlScalarResolver.Resolve(text) is JsonValue resolved && resolved.GetValueKind() == JsonValueKind.String
            ? text.Contains('\n') ? ScalarStyle.Literal : ScalarStyle.Any
            : ScalarStyle.DoubleQuoted;
        return new Scalar(AnchorName.Empty, TagName.Empty, text, style, true, true);
    }
}
