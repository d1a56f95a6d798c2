using System.Globalization;

namespace ActorOrchestrator.Actors.Cluster.Sharding;

/// <summary>
/// Shard id = FNV-1a hash of the entity id's UTF-8 bytes modulo <see cref="NumberOfShards"/>, the same on every member.
/// Understands <see cref="ShardingEnvelope"/>; derive and override <see cref="EntityId"/> and
/// <see cref="EntityMessage"/> for messages that carry their entity id themselves.
/// </summary>
public class HashCodeMessageExtractor : IMessageExtractor
{
    public HashCodeMessageExtractor(int numberOfShards)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(numberOfShards, 1);
        NumberOfShards = numberOfShards;
    }

    /// <summary>Never change it while the cluster runs: entities would move to other shards.</summary>
    public int NumberOfShards { get; }

    public virtual string? EntityId(object message) => (message as ShardingEnvelope)?.EntityId;

    public virtual object EntityMessage(object message) => message is ShardingEnvelope envelope ? envelope.Message : message;

    public string ShardId(string entityId)
    {
        ArgumentNullException.ThrowIfNull(entityId);
        return ShardIdOf(entityId, NumberOfShards);
    }

    /// <summary>The shard of <paramref name="entityId"/> among <paramref name="numberOfShards"/> shards.</summary>
    public static string ShardIdOf(string entityId, int numberOfShards) =>
        (StableHash.Fnv1a(entityId) % (uint)numberOfShards).ToString(CultureInfo.InvariantCulture);
}
