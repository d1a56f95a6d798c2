namespace ActorOrchestrator.Api.Serialization.Schema;

internal sealed class ListSchema(SchemaNode element) : SchemaNode
{
    public SchemaNode Element { get; } = element;
}
