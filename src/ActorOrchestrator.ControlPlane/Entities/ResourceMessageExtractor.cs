using ActorOrchestrator.Actors.Cluster.Sharding;

namespace ActorOrchestrator.ControlPlane.Entities;

/// <summary>Tells sharding that a <see cref="IResourceCommand"/> goes to the entity <c>kind/namespace/name</c>, in a shard by the hash of that id.</summary>
internal sealed class ResourceMessageExtractor(int numberOfShards) : HashCodeMessageExtractor(numberOfShards)
{
    public override string? EntityId(object message) => message is IResourceCommand command ? command.Key.PersistenceId : base.EntityId(message);
}
