using ActorOrchestrator.Actors.Cluster.Membership;

namespace ActorOrchestrator.Actors.Cluster.FailureDetection;

/// <summary>Heartbeats between a monitoring member and the members it monitors.</summary>
public interface IHeartbeatMessage : IClusterMessage;

/// <summary>
/// Sent every heartbeat-interval by <paramref name="From"/> to each member it monitors;
/// <paramref name="SequenceNr"/> counts per sender, <paramref name="SentAt"/> is the sender's monotonic clock.
/// </summary>
public sealed record Heartbeat(UniqueAddress From, long SequenceNr, TimeSpan SentAt) : IHeartbeatMessage;

/// <summary>The monitored member's answer; its arrival is what the monitor's failure detector records.</summary>
public sealed record HeartbeatRsp(UniqueAddress From, long SequenceNr, TimeSpan SentAt) : IHeartbeatMessage;
