namespace ActorOrchestrator.Actors.Remote;

/// <summary>The link to the member closed (<paramref name="Reason"/>); it is reopened on the next send unless gated.</summary>
public sealed record PeerDisassociated(RemoteAddress Address, long Uid, string Reason) : RemotingLifecycleEvent(Address, Uid);
