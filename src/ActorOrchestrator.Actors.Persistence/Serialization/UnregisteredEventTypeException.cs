using ActorOrchestrator.Actors.Persistence.Journal;

namespace ActorOrchestrator.Actors.Persistence.Serialization;

/// <summary>An event (or snapshot) whose type has no registered manifest; a write carrying it is rejected, not failed.</summary>
public sealed class UnregisteredEventTypeException : EventRejectedException
{
    public UnregisteredEventTypeException(Type type)
        : base($"Type '{type.FullName}' has no registered manifest: register it with EventTypeRegistryBuilder.Add<{type.Name}>(\"{type.Name}.v1\") before writing it.")
    {
        Type = type;
    }

    public Type Type { get; }
}
