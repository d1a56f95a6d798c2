namespace ActorOrchestrator.Bench;

/// <summary>The event the persistence benchmarks write: small, like most control-plane events.</summary>
internal sealed record PersistenceBenchEvent(string Node, int Generation);
