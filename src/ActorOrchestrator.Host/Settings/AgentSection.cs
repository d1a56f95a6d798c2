using ActorOrchestrator.Hocon;
using ActorOrchestrator.NodeAgent.Agent;

namespace ActorOrchestrator.Host.Settings;

/// <summary>Reads <c>ao.agent</c> (without its runtime section) into the node agent's <see cref="AgentSettings"/>.</summary>
internal static class AgentSection
{
    /// <param name="agent">The <c>ao.agent</c> object.</param>
    /// <param name="node">This member; its data dir holds the agent's own (<c>DATA/agent</c>).</param>
    /// <exception cref="ConfigException">a key is missing, mistyped or out of range; the message names it.</exception>
    /// <exception cref="InvalidSettingsException">the agent refuses a value; the message names its key.</exception>
    public static AgentSettings From(Config agent, NodeSettings node) =>
        SettingsValidation.Checked(
            new AgentSettings
            {
                NodeStatusUpdateInterval = agent.GetDuration("node-status-update-interval"),
                PodResyncInterval = agent.GetDuration("pod-resync-interval"),
                RestartBackOffBase = agent.GetDuration("restart-backoff-base"),
                RestartBackOffMax = agent.GetDuration("restart-backoff-max"),
                RestartBackOffResetAfter = agent.GetDuration("restart-backoff-reset-after"),
                MaxPods = agent.GetInt("max-pods"),
                NodeIP = agent.GetString("node-ip"),
                KubernetesServiceHost = agent.GetString("kubernetes-service-host"),
                KubernetesServicePort = agent.GetInt("kubernetes-service-port"),
                StatusRetryInterval = agent.GetDuration("status-retry-interval"),
                DataDir = Path.Combine(node.DataDirectory, "agent"),
                Roles = [.. node.Roles.Select(NodeSettings.NameOf)],
            },
            settings => settings.Validate());
}
