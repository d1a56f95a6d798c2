namespace ActorOrchestrator.NodeAgent.Agent.Environment;

/// <summary>
/// A container whose configuration cannot be made (a missing ConfigMap, Secret or key, an unsupported field path);
/// kubelet reports it as waiting with reason CreateContainerConfigError and this message.
/// </summary>
internal sealed class ContainerConfigException(string message) : Exception(message);
