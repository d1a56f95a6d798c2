using ActorOrchestrator.NodeAgent.Runtime;

namespace ActorOrchestrator.NodeAgent.Agent.Pods;

/// <summary>What the runtime still holds of a pod when the agent starts: its newest sandbox and every container instance in it.</summary>
internal sealed record AdoptedPod(PodSandboxStatus Sandbox, IReadOnlyList<ContainerStatus> Containers);
