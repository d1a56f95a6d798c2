namespace ActorOrchestrator.Actors;

/// <summary>Marks messages the actor cell handles itself before (or instead of) the actor's behaviour.</summary>
internal interface IAutoReceivedMessage;
