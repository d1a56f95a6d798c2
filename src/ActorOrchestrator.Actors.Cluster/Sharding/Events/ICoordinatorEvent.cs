namespace ActorOrchestrator.Actors.Cluster.Sharding.Events;

/// <summary>
/// A fact the shard coordinator of one entity type records in its journal (persistence id
/// <c>sharding-coordinator/TYPE</c>). Regions are named by their full remote path (<c>ao://system@host:port/system/sharding-TYPE#uid</c>).
/// </summary>
internal interface ICoordinatorEvent;
