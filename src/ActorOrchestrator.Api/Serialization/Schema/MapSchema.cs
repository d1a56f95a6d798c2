namespace ActorOrchestrator.Api.Serialization.Schema;

/// <summary>A JSON object with free string keys (labels, data, resource lists).</summary>
internal sealed class MapSchema(SchemaNode value) : SchemaNode
{
    public SchemaNode Value { get; } = value;
}
