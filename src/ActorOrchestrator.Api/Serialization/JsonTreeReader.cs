using System.Text.Json;
using System.Text.Json.Nodes;
using ActorOrchestrator.Api.Validation;

namespace ActorOrchestrator.Api.Serialization;

/// <summary>
/// Reads JSON into a <see cref="JsonNode"/> tree, keeping the last of duplicate keys and recording their paths
/// (Kubernetes reports them under strict field validation), and naming line and column of syntax errors.
/// </summary>
internal static class JsonTreeReader
{
    private static readonly JsonReaderOptions ReaderOptions = new() { MaxDepth = 128 };

    public static ParsedDocument Read(ReadOnlySpan<byte> utf8)
    {
        var reader = new Utf8JsonReader(utf8, ReaderOptions);
        var duplicates = new List<string>();
        try
        {
            if (!reader.Read())
            {
                throw new ManifestSyntaxException("invalid JSON", "the document is empty", null);
            }

            var root = ReadValue(ref reader, null, duplicates);
            if (reader.Read())
            {
                throw new ManifestSyntaxException("invalid JSON", "unexpected data after the top-level value",
                    new SourcePosition(1, (int)reader.TokenStartIndex + 1));
            }

            return new ParsedDocument(root, new SourceMap(), duplicates, FromYaml: false, 0, null);
        }
        catch (JsonException error)
        {
            var position = error.LineNumber is { } line
                ? new SourcePosition((int)line + 1, (int)(error.BytePositionInLine ?? 0) + 1)
                : (SourcePosition?)null;
            throw new ManifestSyntaxException("invalid JSON", FirstSentence(error.Message), position);
        }
    }

    private static JsonNode? ReadValue(ref Utf8JsonReader reader, FieldPath? path, List<string> duplicates)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                var obj = new JsonObject();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
                {
                    var key = reader.GetString()!;
                    reader.Read();
                    var childPath = path is null ? FieldPath.Of(key) : path.Child(key);
                    var value = ReadValue(ref reader, childPath, duplicates);
                    if (obj.ContainsKey(key))
                    {
                        duplicates.Add(childPath.ToString());
                        obj.Remove(key);
                    }

                    obj[key] = value;
                }

                return obj;
            case JsonTokenType.StartArray:
                var array = new JsonArray();
                var index = 0;
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    var itemPath = path is null ? FieldPath.Of("").Index(index) : path.Index(index);
                    array.Add(ReadValue(ref reader, itemPath, duplicates));
                    index++;
                }

                return array;
            case JsonTokenType.String:
                return JsonValue.Create(reader.GetString());
            case JsonTokenType.Number:
                return ReadNumber(ref reader);
            case JsonTokenType.True:
                return JsonValue.Create(true);
            case JsonTokenType.False:
                return JsonValue.Create(false);
            default:
                return null;
        }
    }

    private static JsonValue ReadNumber(ref Utf8JsonReader reader)
    {
        if (reader.TryGetInt64(out var integer))
        {
            return JsonValue.Create(integer);
        }

        if (reader.TryGetDecimal(out var exact))
        {
            return JsonValue.Create(exact);
        }

        return reader.TryGetDouble(out var number) && double.IsFinite(number)
            ? JsonValue.Create(number)
            : throw new JsonException($"the number {System.Text.Encoding.UTF8.GetString(reader.ValueSpan)} is out of range");
    }

    private static string FirstSentence(string message)
    {
        foreach (var marker in new[] { " Path:", " LineNumber:" })
        {
            var cut = message.IndexOf(marker, StringComparison.Ordinal);
            if (cut > 0)
            {
                message = message[..cut];
            }
        }

        return message.TrimEnd();
    }
}
