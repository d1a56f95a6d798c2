namespace ActorOrchestrator.Actors.Persistence.Tests.Fixtures;

/// <summary>A type no registry in the tests knows.</summary>
public sealed record NeverRegistered(string Value);
