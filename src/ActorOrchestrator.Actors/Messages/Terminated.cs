namespace ActorOrchestrator.Actors;

/// <summary>Delivered exactly once to a watcher when the watched actor has stopped.</summary>
/// <param name="ActorRef">The actor that stopped.</param>
/// <param name="ExistenceConfirmed">False when the actor was already gone (or never existed) when watched.</param>
/// <param name="AddressTerminated">True when the termination was inferred from the loss of its node.</param>
public sealed record Terminated(IActorRef ActorRef, bool ExistenceConfirmed, bool AddressTerminated) : IAutoReceivedMessage;
