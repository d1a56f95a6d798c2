using System.Collections.Immutable;

namespace ActorOrchestrator.Actors.Cluster.Sharding;

/// <summary>Marker of the messages regions and the coordinator exchange (serialized with manifests "sharding.*").</summary>
internal interface IShardingMessage;

/// <summary>A region offers to host shards; <paramref name="HostedShards"/> are those it already hosts (a new coordinator adopts them).</summary>
internal sealed record Register(IActorRef Region, ImmutableArray<string> HostedShards) : IShardingMessage;

/// <summary>A proxy region (never hosts) wants shard homes.</summary>
internal sealed record RegisterProxy(IActorRef Proxy) : IShardingMessage;

/// <summary>The coordinator accepted a region or proxy.</summary>
internal sealed record RegisterAck(IActorRef Coordinator) : IShardingMessage;

/// <summary>A region asks where <paramref name="Shard"/> lives.</summary>
internal sealed record GetShardHome(string Shard, IActorRef Region) : IShardingMessage;

/// <summary>The coordinator answers: <paramref name="Shard"/> lives at <paramref name="Region"/>.</summary>
internal sealed record ShardHome(string Shard, IActorRef Region) : IShardingMessage;

/// <summary>The coordinator tells a region that it hosts <paramref name="Shard"/> from now on.</summary>
internal sealed record HostShard(string Shard) : IShardingMessage;

/// <summary>A move of <paramref name="Shard"/> starts: forget its home and buffer its messages.</summary>
internal sealed record BeginHandOff(string Shard) : IShardingMessage;

/// <summary>The region forgot the home of <paramref name="Shard"/> and buffers its messages.</summary>
internal sealed record BeginHandOffAck(string Shard, IActorRef Region) : IShardingMessage;

/// <summary>The owner stops <paramref name="Shard"/>: each entity gets the stop message.</summary>
internal sealed record HandOff(string Shard) : IShardingMessage;

/// <summary>Every entity of <paramref name="Shard"/> has stopped (or the region did not host it).</summary>
internal sealed record ShardStopped(string Shard) : IShardingMessage;

/// <summary>The region's member shuts down: hand every shard of <paramref name="Region"/> off to the other regions and allocate it nothing new.</summary>
internal sealed record GracefulShutdownReq(IActorRef Region) : IShardingMessage;

/// <summary>Asks a region for the shards it hosts.</summary>
public sealed record GetShardRegionState
{
    public static readonly GetShardRegionState Instance = new();
}

/// <summary>The shards a region hosts.</summary>
public sealed record CurrentShardRegionState(ImmutableSortedSet<string> Shards);

/// <summary>Asks the coordinator for its allocation table.</summary>
internal sealed record GetCoordinatorState
{
    public static readonly GetCoordinatorState Instance = new();
}
