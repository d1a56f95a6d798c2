using System.Text.Json.Nodes;

namespace ActorOrchestrator.Api.Serialization;

/// <summary>
/// One parsed YAML or JSON document before it is bound to a kind: its JSON tree, where its values came from,
/// the paths of keys given twice, and whether YAML scalar resolution applies to it.
/// </summary>
public sealed record ParsedDocument(
    JsonNode? Root,
    SourceMap Positions,
    IReadOnlyList<string> DuplicateFields,
    bool FromYaml,
    int DocumentIndex,
    SourcePosition? Start);
