namespace ActorOrchestrator.Actors.Remote;

/// <summary>A link to incarnation <paramref name="Uid"/> of the member at <paramref name="Address"/> is up.</summary>
public sealed record PeerAssociated(RemoteAddress Address, long Uid) : RemotingLifecycleEvent(Address, Uid);
