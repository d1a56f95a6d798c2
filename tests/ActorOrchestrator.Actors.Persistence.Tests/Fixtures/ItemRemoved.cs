namespace ActorOrchestrator.Actors.Persistence.Tests.Fixtures;

public sealed record ItemRemoved(string Name);
