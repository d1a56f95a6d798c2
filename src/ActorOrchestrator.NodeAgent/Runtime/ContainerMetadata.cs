namespace ActorOrchestrator.NodeAgent.Runtime;

/// <summary>Which container of the pod this is, and its attempt: the restart count (0 for the first instance).</summary>
public sealed record ContainerMetadata(string Name, int Attempt = 0);
