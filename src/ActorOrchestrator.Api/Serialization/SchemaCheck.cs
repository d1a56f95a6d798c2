using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using ActorOrchestrator.Api.Quantities;
using ActorOrchestrator.Api.Serialization.Schema;
using ActorOrchestrator.Api.Validation;

namespace ActorOrchestrator.Api.Serialization;

/// <summary>
/// Walks a JSON tree against a kind's schema before binding: collects the path of every unknown field
/// (and removes it), reports values of the wrong type with their field path, drops nulls (Go's "unset"),
/// and, for YAML sources, applies sigs.k8s.io/yaml's coercions (a YAML number or boolean bound for a string
/// field becomes a string; <c>2.0</c> bound for an integer field becomes <c>2</c>).
/// </summary>
internal sealed class SchemaCheck(SourceMap positions, bool fromYaml)
{
    private const int MaxShownValue = 64;

    public List<string> UnknownFields { get; } = [];

    public List<DecodeIssue> Issues { get; } = [];

    public void Run(JsonObject root, ObjectSchema schema) => CheckObject(root, schema, null);

    private JsonNode? Check(JsonNode node, SchemaNode schema, FieldPath path) => schema switch
    {
        ObjectSchema obj when node is JsonObject value => CheckObject(value, obj, path),
        MapSchema map when node is JsonObject value => CheckMap(value, map, path),
        ListSchema list when node is JsonArray value => CheckList(value, list, path),
        ScalarSchema scalar => CheckScalar(node, scalar.Kind, path),
        ListSchema => Fail(node, path, "must be a list"),
        _ => Fail(node, path, "must be an object"),
    };

    private JsonObject CheckObject(JsonObject node, ObjectSchema schema, FieldPath? path)
    {
        foreach (var (key, child) in node.ToList())
        {
            var childPath = path is null ? FieldPath.Of(key) : path.Child(key);
            if (!schema.Properties.TryGetValue(key, out var property))
            {
                UnknownFields.Add(childPath.ToString());
                node.Remove(key);
            }
            else if (child is null)
            {
                node.Remove(key);
            }
            else
            {
                Replace(node, key, child, Check(child, property.Schema, childPath));
            }
        }

        return node;
    }

    private JsonObject CheckMap(JsonObject node, MapSchema schema, FieldPath path)
    {
        foreach (var (key, child) in node.ToList())
        {
            var checkedValue = child is null ? EmptyValue(schema.Value) : Check(child, schema.Value, path.Key(key));
            Replace(node, key, child, checkedValue);
        }

        return node;
    }

    private JsonArray CheckList(JsonArray node, ListSchema schema, FieldPath path)
    {
        for (var index = 0; index < node.Count; index++)
        {
            var child = node[index];
            var checkedValue = child is null ? EmptyValue(schema.Element) : Check(child, schema.Element, path.Index(index));
            if (!ReferenceEquals(child, checkedValue))
            {
                node[index] = checkedValue;
            }
        }

        return node;
    }

    // Go decodes null inside a list or map as the zero value.
    private static JsonNode? EmptyValue(SchemaNode schema) => schema switch
    {
        ObjectSchema or MapSchema => new JsonObject(),
        ScalarSchema { Kind: ScalarKind.String } => JsonValue.Create(""),
        _ => null,
    };

    private static void Replace(JsonObject parent, string key, JsonNode? before, JsonNode? after)
    {
        if (!ReferenceEquals(before, after))
        {
            parent[key] = after;
        }
    }

    private JsonNode? CheckScalar(JsonNode node, ScalarKind kind, FieldPath path)
    {
        if (kind == ScalarKind.Any)
        {
            return node;
        }

        if (node is not JsonValue value)
        {
            return Fail(node, path, ExpectedText(kind));
        }

        var valueKind = value.GetValueKind();
        switch (kind)
        {
            case ScalarKind.String:
                if (valueKind == JsonValueKind.String)
                {
                    return node;
                }

                return fromYaml && YamlStringCoercion.ToStringForm(value) is { } coerced
                    ? JsonValue.Create(coerced)
                    : Fail(node, path, "must be a string");
            case ScalarKind.Boolean:
                return valueKind is JsonValueKind.True or JsonValueKind.False ? node : Fail(node, path, "must be a boolean");
            case ScalarKind.Double:
                return valueKind == JsonValueKind.Number ? node : Fail(node, path, "must be a number");
            case ScalarKind.Int32:
                return CheckInteger(value, path, int.MinValue, int.MaxValue);
            case ScalarKind.Int64:
                return CheckInteger(value, path, long.MinValue, long.MaxValue);
            case ScalarKind.Quantity:
                var quantityText = valueKind == JsonValueKind.String ? value.GetValue<string>().Trim() : value.ToJsonString();
                return valueKind is JsonValueKind.String or JsonValueKind.Number && Quantity.TryParse(quantityText, out _)
                    ? node
                    : Fail(node, path, new QuantityFormatException(quantityText).Message);
            case ScalarKind.IntOrString:
                return valueKind == JsonValueKind.String || IsInteger(value, int.MinValue, int.MaxValue)
                    ? node
                    : Fail(node, path, "must be an integer or a string");
            case ScalarKind.Time:
            case ScalarKind.MicroTime:
                return valueKind == JsonValueKind.String && Rfc3339.TryParse(value.GetValue<string>(), out _)
                    ? node
                    : Fail(node, path, Rfc3339.FormatError);
            case ScalarKind.Bytes:
                return valueKind == JsonValueKind.String && IsBase64(value.GetValue<string>())
                    ? node
                    : Fail(node, path, "must be base64 encoded");
            default:
                return node;
        }
    }

    private JsonNode? CheckInteger(JsonValue value, FieldPath path, long min, long max)
    {
        if (IsInteger(value, min, max))
        {
            return value;
        }

        if (fromYaml && value.GetValueKind() == JsonValueKind.Number && value.TryGetValue<double>(out var number) &&
            Math.Floor(number) == number && number >= min && number <= max)
        {
            return JsonValue.Create((long)number);
        }

        var detail = value.GetValueKind() == JsonValueKind.Number && !value.ToJsonString().Contains('.')
            ? $"must be an integer between {min} and {max}"
            : "must be an integer";
        return Fail(value, path, detail);
    }

    private static bool IsInteger(JsonValue value, long min, long max) =>
        value.GetValueKind() == JsonValueKind.Number &&
        long.TryParse(value.ToJsonString(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer) &&
        integer >= min && integer <= max;

    private static bool IsBase64(string text)
    {
        var buffer = new byte[text.Length];
        return Convert.TryFromBase64String(text, buffer, out _);
    }

    private static string ExpectedText(ScalarKind kind) => kind switch
    {
        ScalarKind.String => "must be a string",
        ScalarKind.Boolean => "must be a boolean",
        ScalarKind.Int32 or ScalarKind.Int64 => "must be an integer",
        ScalarKind.Double => "must be a number",
        ScalarKind.IntOrString => "must be an integer or a string",
        ScalarKind.Time or ScalarKind.MicroTime => Rfc3339.FormatError,
        ScalarKind.Bytes => "must be base64 encoded",
        _ => new QuantityFormatException("").Message,
    };

    private JsonNode? Fail(JsonNode node, FieldPath path, string detail)
    {
        Issues.Add(new DecodeIssue(new FieldError(FieldErrorType.Invalid, path.ToString(), Describe(node), detail), positions.Find(node)));
        return node;
    }

    private static string Describe(JsonNode node)
    {
        if (node is JsonValue value && value.GetValueKind() == JsonValueKind.String)
        {
            return GoValueFormat.Quote(value.GetValue<string>());
        }

        var text = node.ToJsonString();
        return text.Length <= MaxShownValue ? text : text[..MaxShownValue] + "...";
    }
}
