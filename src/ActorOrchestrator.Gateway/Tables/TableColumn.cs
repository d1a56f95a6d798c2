namespace ActorOrchestrator.Gateway.Tables;

/// <summary>A meta.k8s.io/v1 Table column; priority 1 shows only with <c>-o wide</c>.</summary>
internal sealed record TableColumn(string Name, string Type, string Format, string Description, int Priority = 0)
{
    public static TableColumn NameColumn { get; } = new("Name", "string", "name", "Name must be unique within a namespace.");

    public static TableColumn Age { get; } = new("Age", "string", "", "CreationTimestamp is the time this object was created.");

    public static TableColumn Text(string name, string description, int priority = 0) => new(name, "string", "", description, priority);

    public static TableColumn Integer(string name, string description, int priority = 0) => new(name, "integer", "", description, priority);
}
