using ActorOrchestrator.Actors.Persistence.Serialization;

namespace ActorOrchestrator.Actors.Persistence.CrashNode;

public static class CrashNodeRegistry
{
    public static EventTypeRegistry Create() => new EventTypeRegistryBuilder().Add<Counted>("Counted.v1").Build();
}
