using ActorOrchestrator.Actors;
using ActorOrchestrator.ControlPlane.Access;
using ActorOrchestrator.ControlPlane.Controllers;
using ActorOrchestrator.ControlPlane.ReadModel;
using ActorOrchestrator.NodeAgent.Agent.Environment;
using ActorOrchestrator.NodeAgent.Agent.Logs;
using ActorOrchestrator.NodeAgent.Agent.Nodes;
using ActorOrchestrator.NodeAgent.Agent.Pods;
using ActorOrchestrator.NodeAgent.Agent.Restarts;
using ActorOrchestrator.NodeAgent.Runtime;
using Microsoft.Extensions.Logging;

namespace ActorOrchestrator.NodeAgent.Agent;

/// <summary>Starts a member's node agent.</summary>
public static class AgentHost
{
    /// <summary>
    /// Starts the agent of node <paramref name="nodeName"/> on <paramref name="system"/> (actor <c>/user/node-agent</c>):
    /// it registers the Node, adopts what <paramref name="runtime"/> still runs, and runs the pods the view shows bound
    /// to the node. Writes go through <paramref name="client"/>, Events through <paramref name="events"/> (component kubelet).
    /// </summary>
    public static NodeAgentHandle Start(
        ActorSystem system,
        AgentSettings settings,
        IContainerRuntime runtime,
        ResourceView view,
        IResourceClient client,
        IEventRecorder events,
        string nodeName,
        ILoggerFactory loggerFactory)
    {
        ArgumentException.ThrowIfNullOrEmpty(nodeName);
        settings.Validate();
        var machine = MachineInfo.Read(settings.DataDir, settings.NodeIP);
        var allocatable = new NodeStatusBuilder(nodeName, settings, runtime.Name).Build(null, machine, system.TimeProvider.GetUtcNow(), true).Status!.Allocatable!;
        var context = new PodWorkerContext(
            settings,
            runtime,
            client,
            events,
            new ContainerEnvironment(new ViewConfigObjects(view), settings.KubernetesServiceHost, settings.KubernetesServicePort, allocatable),
            RestartBackOff.From(settings),
            nodeName,
            machine.InternalIP,
            system.TimeProvider);
        var agent = system.ActorOf(NodeAgentActor.Props(context, machine, view, loggerFactory), "node-agent");
        return new NodeAgentHandle(system, agent, nodeName, machine.InternalIP, new PodLogs(view, runtime, settings.DataDir, nodeName, system.TimeProvider));
    }

    /// <summary>The node's InternalIP as the agent will report it: <c>ao.agent.node-ip</c>, or the first non-loopback IPv4 address.</summary>
    public static string ResolveNodeIP(AgentSettings settings) => MachineInfo.Read(settings.DataDir, settings.NodeIP).InternalIP;
}
