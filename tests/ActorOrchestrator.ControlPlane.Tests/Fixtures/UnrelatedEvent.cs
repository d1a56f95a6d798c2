namespace ActorOrchestrator.ControlPlane.Tests.Fixtures;

/// <summary>An event of some other entity (a scheduler, the shard coordinator): the read model must skip it.</summary>
public sealed record UnrelatedEvent(string Note);
