namespace ActorOrchestrator.Actors.Persistence.Tests.Fixtures;

/// <summary>A snapshot type.</summary>
public sealed record CartState(IReadOnlyList<string> Items);
