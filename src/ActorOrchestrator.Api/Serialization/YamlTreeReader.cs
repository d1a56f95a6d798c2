using System.Text.Json.Nodes;
using ActorOrchestrator.Api.Validation;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace ActorOrchestrator.Api.Serialization;

/// <summary>
/// Reads a multi-document YAML stream into JSON trees as sigs.k8s.io/yaml does: YAML 1.1 scalars, map keys
/// turned into strings, anchors and aliases, merge keys (<c>&lt;&lt;</c>). Empty documents are skipped.
/// </summary>
internal static class YamlTreeReader
{
    private const string StringTag = "tag:yaml.org,2002:str";
    private const string MergeKey = "<<";
    private const int MaxDepth = 128;
    private const long MaxAliasExpansion = 1_000_000;

    public static IReadOnlyList<ParsedDocument> Read(string text)
    {
        var documents = new List<ParsedDocument>();
        var parser = new Parser(new StringReader(text));
        var index = 0;
        try
        {
            parser.Consume<StreamStart>();
            while (parser.TryConsume<DocumentStart>(out var start))
            {
                var state = new DocumentState();
                var root = ReadNode(parser, state, null);
                parser.Consume<DocumentEnd>();
                if (root is not null)
                {
                    documents.Add(new ParsedDocument(root, state.Positions, state.Duplicates, FromYaml: true, index,
                        new SourcePosition((int)start.Start.Line, (int)start.Start.Column)));
                }

                index++;
            }

            parser.Consume<StreamEnd>();
        }
        catch (YamlException error)
        {
            throw new ManifestSyntaxException("invalid YAML", Problem(error),
                new SourcePosition((int)error.Start.Line, (int)error.Start.Column), index);
        }

        return documents;
    }

    private static JsonNode? ReadNode(IParser parser, DocumentState state, FieldPath? path)
    {
        var current = parser.Current ?? throw new YamlException("unexpected end of the YAML stream");
        if (state.Depth >= MaxDepth)
        {
            throw new YamlException(current.Start, current.End, $"the document is nested deeper than {MaxDepth} levels");
        }

        state.Depth++;
        try
        {
            return ReadNodeAt(parser, state, path, current);
        }
        finally
        {
            state.Depth--;
        }
    }

    private static JsonNode? ReadNodeAt(IParser parser, DocumentState state, FieldPath? path, ParsingEvent current)
    {
        JsonNode? node;
        AnchorName anchor;
        switch (current)
        {
            case AnchorAlias alias:
                parser.MoveNext();
                if (!state.Anchors.TryGetValue(alias.Value.Value, out var target))
                {
                    throw new YamlException(alias.Start, alias.End, $"unknown anchor '{alias.Value.Value}' referenced");
                }

                // Aliases copy their anchor; a budget stops documents that expand exponentially ("billion laughs").
                state.Expanded += CountNodes(target);
                if (state.Expanded > MaxAliasExpansion)
                {
                    throw new YamlException(alias.Start, alias.End, "the document expands to too many nodes through aliases");
                }

                return target?.DeepClone();
            case Scalar scalar:
                parser.MoveNext();
                node = ScalarValue(scalar);
                anchor = scalar.Anchor;
                break;
            case SequenceStart sequence:
                parser.MoveNext();
                node = ReadSequence(parser, state, path);
                anchor = sequence.Anchor;
                break;
            case MappingStart mapping:
                parser.MoveNext();
                node = ReadMapping(parser, state, path);
                anchor = mapping.Anchor;
                break;
            default:
                throw new YamlException(current.Start, current.End, $"unexpected {current.GetType().Name}");
        }

        if (node is not null)
        {
            state.Positions.Record(node, new SourcePosition((int)current.Start.Line, (int)current.Start.Column));
        }

        if (!anchor.IsEmpty)
        {
            state.Anchors[anchor.Value] = node;
        }

        return node;
    }

    private static JsonArray ReadSequence(IParser parser, DocumentState state, FieldPath? path)
    {
        var array = new JsonArray();
        while (!parser.TryConsume<SequenceEnd>(out _))
        {
            var itemPath = (path ?? FieldPath.Of("")).Index(array.Count);
            array.Add(ReadNode(parser, state, itemPath));
        }

        return array;
    }

    private static JsonObject ReadMapping(IParser parser, DocumentState state, FieldPath? path)
    {
        var mapping = new JsonObject();
        var merged = new List<JsonObject>();
        while (!parser.TryConsume<MappingEnd>(out _))
        {
            var keyEvent = parser.Current;
            if (keyEvent is Scalar { Value: MergeKey, Style: ScalarStyle.Plain })
            {
                parser.MoveNext();
                CollectMergeSources(ReadNode(parser, state, path), merged, keyEvent);
                continue;
            }

            var key = KeyText(ReadNode(parser, state, path), keyEvent!);
            var childPath = path is null ? FieldPath.Of(key) : path.Child(key);
            var value = ReadNode(parser, state, childPath);
            if (mapping.ContainsKey(key))
            {
                state.Duplicates.Add(childPath.ToString());
                mapping.Remove(key);
            }

            mapping[key] = value;
        }

        foreach (var source in merged)
        {
            foreach (var (key, value) in source)
            {
                if (!mapping.ContainsKey(key))
                {
                    mapping[key] = value?.DeepClone();
                }
            }
        }

        return mapping;
    }

    private static void CollectMergeSources(JsonNode? value, List<JsonObject> merged, ParsingEvent at)
    {
        switch (value)
        {
            case JsonObject single:
                merged.Add(single);
                break;
            case JsonArray many when many.All(item => item is JsonObject):
                merged.AddRange(many.Cast<JsonObject>());
                break;
            default:
                throw new YamlException(at.Start, at.End, "map merge requires map or sequence of maps as the value");
        }
    }

    // sigs.k8s.io/yaml turns non-string keys into strings: true -> "true", 1 -> "1".
    private static string KeyText(JsonNode? key, ParsingEvent at) => key switch
    {
        null => throw new YamlException(at.Start, at.End, "a mapping key may not be null"),
        JsonValue value when value.GetValueKind() == System.Text.Json.JsonValueKind.String => value.GetValue<string>(),
        JsonValue value => YamlStringCoercion.ToStringForm(value)!,
        _ => throw new YamlException(at.Start, at.End, "a mapping key must be a scalar"),
    };

    private static JsonNode? ScalarValue(Scalar scalar)
    {
        if (!scalar.Tag.IsEmpty && scalar.Tag.Value == StringTag)
        {
            return JsonValue.Create(scalar.Value);
        }

        return scalar.Style == ScalarStyle.Plain || !scalar.Tag.IsEmpty
            ? YamlScalarResolver.Resolve(scalar.Value)
            : JsonValue.Create(scalar.Value);
    }

    private static long CountNodes(JsonNode? node) => node switch
    {
        JsonObject obj => 1 + obj.Sum(pair => CountNodes(pair.Value)),
        JsonArray array => 1 + array.Sum(CountNodes),
        _ => 1,
    };

    private static string Problem(YamlException error)
    {
        var message = error.Message;
        var cut = message.IndexOf("): ", StringComparison.Ordinal);
        return message.StartsWith('(') && cut > 0 ? message[(cut + 3)..] : message;
    }

    private sealed class DocumentState
    {
        public Dictionary<string, JsonNode?> Anchors { get; } = new(StringComparer.Ordinal);

        public SourceMap Positions { get; } = new();

        public List<string> Duplicates { get; } = [];

        public int Depth { get; set; }

        public long Expanded { get; set; }
    }
}
