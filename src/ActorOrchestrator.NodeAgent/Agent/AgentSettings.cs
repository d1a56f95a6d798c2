namespace ActorOrchestrator.NodeAgent.Agent;

/// <summary>
/// The <c>ao.agent</c> section (without its <c>runtime</c> block): how the node agent registers its node and runs the
/// pods bound to it. Defaults equal hocon/reference.conf. <see cref="DataDir"/> and <see cref="Roles"/> come from
/// <c>ao.node</c>.
/// </summary>
public sealed record AgentSettings
{
    public static AgentSettings Default { get; } = new();

    /// <summary><c>node-status-update-interval</c>: the Node's condition heartbeats are refreshed this often (each is a journal event).</summary>
    public TimeSpan NodeStatusUpdateInterval { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary><c>pod-resync-interval</c>: every pod bound to the node is compared with its containers this often, besides watch events.</summary>
    public TimeSpan PodResyncInterval { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary><c>restart-backoff-base</c>: the first wait before a failed container is started again; doubles after each further failure.</summary>
    public TimeSpan RestartBackOffBase { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary><c>restart-backoff-max</c>: the longest wait before a failed container is started again.</summary>
    public TimeSpan RestartBackOffMax { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary><c>restart-backoff-reset-after</c>: a container that ran this long before failing starts its back-off again from the base.</summary>
    public TimeSpan RestartBackOffResetAfter { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary><c>max-pods</c>: the node's pod capacity.</summary>
    public int MaxPods { get; init; } = 110;

    /// <summary><c>node-ip</c>: the node's InternalIP (also the pods' IP with the process runtime); empty picks the first non-loopback IPv4 address.</summary>
    public string NodeIP { get; init; } = "";

    /// <summary><c>kubernetes-service-host</c>: given to containers as KUBERNETES_SERVICE_HOST; empty gives none.</summary>
    public string KubernetesServiceHost { get; init; } = "";

    /// <summary><c>kubernetes-service-port</c>: given to containers as KUBERNETES_SERVICE_PORT (with the host).</summary>
    public int KubernetesServicePort { get; init; } = 6443;

    /// <summary><c>status-retry-interval</c>: wait before writing a pod or node status again after the write failed.</summary>
    public TimeSpan StatusRetryInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary><c>ao.node.data-dir</c>: its filesystem's size is the node's ephemeral-storage.</summary>
    public string DataDir { get; init; } = "ao-data";

    /// <summary><c>ao.node.roles</c>: a member with <c>control-plane</c> labels its node node-role.kubernetes.io/control-plane.</summary>
    public IReadOnlyList<string> Roles { get; init; } = ["control-plane", "worker"];

    /// <summary>Returns these settings, or throws an <see cref="ArgumentException"/> naming the configuration key of the first invalid value.</summary>
    public AgentSettings Validate()
    {
        Require(NodeStatusUpdateInterval > TimeSpan.Zero, "node-status-update-interval", "must be positive");
        Require(PodResyncInterval > TimeSpan.Zero, "pod-resync-interval", "must be positive");
        Require(RestartBackOffBase > TimeSpan.Zero, "restart-backoff-base", "must be positive");
        Require(RestartBackOffMax >= RestartBackOffBase, "restart-backoff-max", "must be at least restart-backoff-base");
        Require(RestartBackOffResetAfter > TimeSpan.Zero, "restart-backoff-reset-after", "must be positive");
        Require(MaxPods >= 1, "max-pods", "must be at least 1");
        Require(NodeIP.Length == 0 || System.Net.IPAddress.TryParse(NodeIP, out _), "node-ip", $"must be an IP address, not \"{NodeIP}\"");
        Require(KubernetesServicePort is > 0 and < 65536, "kubernetes-service-port", "must be a TCP port (1-65535)");
        Require(StatusRetryInterval > TimeSpan.Zero, "status-retry-interval", "must be positive");
        return this;
    }

    private static void Require(bool condition, string key, string problem)
    {
        if (!condition)
        {
            throw new ArgumentException($"ao.agent.{key} {problem}.");
        }
    }
}
