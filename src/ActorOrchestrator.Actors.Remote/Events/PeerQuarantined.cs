namespace ActorOrchestrator.Actors.Remote;

/// <summary>
/// Incarnation <paramref name="Uid"/> of the member is gone for good (shut down, restarted, unreachable, or quarantined
/// for lost system messages): its watched actors were reported terminated and it can never associate again.
/// </summary>
public sealed record PeerQuarantined(RemoteAddress Address, long Uid, string Reason) : RemotingLifecycleEvent(Address, Uid);
