using ActorOrchestrator.Actors;
using ActorOrchestrator.ControlPlane.Access;
using ActorOrchestrator.ControlPlane.Controllers.Events;
using ActorOrchestrator.ControlPlane.ReadModel;
using ActorOrchestrator.NodeAgent.Agent;
using ActorOrchestrator.NodeAgent.Runtime.Process;
using Microsoft.Extensions.Logging;

namespace ActorOrchestrator.Host.Node;

/// <summary>The worker part of a member: the container runtime and the node agent, their data under <c>DATA/agent</c>.</summary>
internal sealed partial class RunningNode
{
    private async Task StartAgentAsync(ResourceView view, IResourceClient client, DeferredPodLogs podLogs, Uri api, CancellationToken cancellationToken)
    {
        var agentDirectory = Path.GetFullPath(settings.Agent.DataDir);
        Directory.CreateDirectory(agentDirectory);
        // Containers reach the API where this member's gateway listens, unless configured otherwise.
        var agentSettings = settings.Agent.KubernetesServiceHost.Length > 0
            ? settings.Agent with { DataDir = agentDirectory }
            : settings.Agent with { DataDir = agentDirectory, KubernetesServiceHost = api.Host, KubernetesServicePort = api.Port };
        var runtime = await ProcessContainerRuntime.OpenAsync(
                Path.GetFullPath(settings.Runtime.StateDir, agentDirectory),
                settings.Runtime,
                AgentHost.ResolveNodeIP(agentSettings),
                Time,
                loggerFactory.CreateLogger<ProcessContainerRuntime>(),
                cancellationToken)
            .ConfigureAwait(false);
        var events = new EventRecorder(client, "kubelet", settings.Node.Name, loggerFactory, Time);
        var agent = AgentHost.Start(system, agentSettings, runtime, view, client, events, settings.Node.Name, loggerFactory);
        podLogs.Attach(agent.Logs);
        // Containers keep running when the agent stops: the next start on this data dir adopts them.
        Shutdown.AddTask(CoordinatedShutdown.PhaseServiceStop, "node-agent-stop", async () =>
        {
            await agent.StopAsync(CancellationToken.None).ConfigureAwait(false);
            await runtime.DisposeAsync().ConfigureAwait(false);
            await events.StopAsync(CancellationToken.None).ConfigureAwait(false);
        });
    }
}
