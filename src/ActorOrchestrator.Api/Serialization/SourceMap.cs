using System.Text.Json.Nodes;

namespace ActorOrchestrator.Api.Serialization;

/// <summary>Where each value of a parsed document came from, so decoding errors can name a line and column.</summary>
public sealed class SourceMap
{
    private readonly Dictionary<JsonNode, SourcePosition> positions = new(ReferenceEqualityComparer.Instance);

    internal void Record(JsonNode node, SourcePosition position) => positions[node] = position;

    public SourcePosition? Find(JsonNode? node) =>
        node is not null && positions.TryGetValue(node, out var position) ? position : null;
}
