namespace ActorOrchestrator.Actors.Cluster.Sharding;

/// <summary>Coordinated shutdown asks the region to hand all its shards off; <paramref name="ReplyTo"/> learns when it is done.</summary>
internal sealed record HandOffAllShards(IActorRef ReplyTo);

/// <summary>The region hosts no shard any more.</summary>
internal sealed record AllShardsHandedOff
{
    public static readonly AllShardsHandedOff Instance = new();
}
