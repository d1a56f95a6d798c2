namespace ActorOrchestrator.Actors;

/// <summary>Self-message of an armed receive timeout; does not count as activity.</summary>
internal sealed class ReceiveTimeoutTick : IAutoReceivedMessage, INotInfluenceReceiveTimeout;
