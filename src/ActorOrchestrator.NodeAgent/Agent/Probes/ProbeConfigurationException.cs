namespace ActorOrchestrator.NodeAgent.Agent.Probes;

/// <summary>A probe that cannot run as written (an unknown named port, no handler); it counts as failed with this message.</summary>
internal sealed class ProbeConfigurationException(string message) : Exception(message);
