namespace ActorOrchestrator.Actors.Cluster.Sharding;

/// <summary>
/// Tells sharding which entity a message is for, which shard that entity lives in, and what the entity receives.
/// Every member must extract the same shard id for the same entity id, or entities are started twice.
/// </summary>
public interface IMessageExtractor
{
    /// <summary>The entity the message is for; null when the message is not for any entity (it is then unhandled).</summary>
    string? EntityId(object message);

    /// <summary>What the entity receives (e.g. the payload of an envelope).</summary>
    object EntityMessage(object message);

    /// <summary>The shard of <paramref name="entityId"/>; must depend on the entity id only.</summary>
    string ShardId(string entityId);
}
