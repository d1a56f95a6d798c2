using ActorOrchestrator.Actors.Persistence.Serialization;

namespace ActorOrchestrator.Actors.Persistence.Tests.Fixtures;

internal static class TestRegistry
{
    public static EventTypeRegistry Create() => new EventTypeRegistryBuilder()
        .Add<ItemAdded>("ItemAdded.v1")
        .Add<ItemRemoved>("ItemRemoved.v1")
        .Add<CartState>("CartState.v1")
        .Build();
}
