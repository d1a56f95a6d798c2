namespace ActorOrchestrator.Actors.Remote;

/// <summary>What remoting publishes on the actor system's event stream about its peers; subscribe to this type for all.</summary>
public abstract record RemotingLifecycleEvent(RemoteAddress Address, long Uid);
