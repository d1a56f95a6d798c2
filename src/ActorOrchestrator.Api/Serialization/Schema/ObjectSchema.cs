namespace ActorOrchestrator.Api.Serialization.Schema;

/// <summary>A record type of the model: its JSON field names and their schemas.</summary>
internal sealed class ObjectSchema(Type clrType) : SchemaNode
{
    private readonly Dictionary<string, SchemaProperty> properties = new(StringComparer.Ordinal);

    public Type ClrType { get; } = clrType;

    public IReadOnlyDictionary<string, SchemaProperty> Properties => properties;

    internal void Add(SchemaProperty property) => properties.Add(property.Name, property);
}
