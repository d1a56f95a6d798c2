using ActorOrchestrator.ControlPlane.Access;
using ActorOrchestrator.ControlPlane.Controllers;
using ActorOrchestrator.NodeAgent.Agent.Environment;
using ActorOrchestrator.NodeAgent.Agent.Restarts;
using ActorOrchestrator.NodeAgent.Runtime;

namespace ActorOrchestrator.NodeAgent.Agent.Pods;

/// <summary>What every pod worker of a node shares: the runtime, the API, the event recorder and the node's facts.</summary>
internal sealed record PodWorkerContext(
    AgentSettings Settings,
    IContainerRuntime Runtime,
    IResourceClient Client,
    IEventRecorder Events,
    ContainerEnvironment Environment,
    RestartBackOff BackOff,
    string NodeName,
    string HostIP,
    TimeProvider Time);
