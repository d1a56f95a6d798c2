namespace ActorOrchestrator.Actors.Persistence.Tests.Fixtures;

public sealed record ItemAdded(string Name, int Quantity);
