using System.Collections.Immutable;

namespace ActorOrchestrator.Actors.Cluster.Membership;

/// <summary>Every message members exchange for membership (what remoting must be able to serialize).</summary>
public interface IClusterMessage;

/// <summary>Finding a cluster through the seed nodes.</summary>
public interface ISeedJoinMessage : IClusterMessage;

/// <summary>Changing membership: joining, leaving, downing.</summary>
public interface IMembershipCommand : IClusterMessage;

/// <summary>Spreading the gossip.</summary>
public interface IGossipMessage : IClusterMessage;

/// <summary>A joiner asks a seed node whether it is part of a cluster.</summary>
public sealed record InitJoin(UniqueAddress From) : ISeedJoinMessage;

/// <summary>The seed node is part of a cluster: send Join to <paramref name="Address"/>.</summary>
public sealed record InitJoinAck(UniqueAddress Address) : ISeedJoinMessage;

/// <summary>The seed node is not (yet, or no longer) part of a cluster.</summary>
public sealed record InitJoinNack(UniqueAddress Address) : ISeedJoinMessage;

/// <summary><paramref name="Node"/> asks to become a member with these roles.</summary>
public sealed record Join(UniqueAddress Node, ImmutableSortedSet<string> Roles, string? AppVersion) : IMembershipCommand;

/// <summary>The joiner was accepted by <paramref name="From"/>; <paramref name="Gossip"/> holds it as Joining.</summary>
public sealed record Welcome(UniqueAddress From, Gossip Gossip) : IMembershipCommand;

/// <summary>The member at <paramref name="Address"/> should leave gracefully.</summary>
public sealed record Leave(NodeAddress Address) : IMembershipCommand;

/// <summary>The member at <paramref name="Address"/> is declared Down.</summary>
public sealed record Down(NodeAddress Address) : IMembershipCommand;

/// <summary>The full gossip, from one member to another.</summary>
public sealed record GossipEnvelope(UniqueAddress From, UniqueAddress To, Gossip Gossip) : IGossipMessage;

/// <summary>
/// A cheap digest of the sender's gossip: its version and seen set. The receiver answers with its full gossip
/// when its own is newer or concurrent, and with its own status when older (so the sender sends its gossip).
/// </summary>
public sealed record GossipStatus(UniqueAddress From, VectorClock Version, ImmutableSortedSet<UniqueAddress> Seen) : IGossipMessage;
