namespace ActorOrchestrator.NodeAgent.Runtime;

/// <summary>Who a sandbox is for: the pod's name, namespace and uid, and the attempt (0 first, +1 each time the pod's sandbox is recreated).</summary>
public sealed record PodSandboxMetadata(string Name, string Namespace, string Uid, int Attempt = 0);
