namespace ActorOrchestrator.Api.Serialization.Schema;

internal sealed class ScalarSchema(ScalarKind kind) : SchemaNode
{
    public ScalarKind Kind { get; } = kind;
}
