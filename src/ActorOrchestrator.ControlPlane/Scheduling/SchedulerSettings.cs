namespace ActorOrchestrator.ControlPlane.Scheduling;

/// <summary>The <c>ao.scheduler</c> section: the singleton that places pending pods on nodes. Defaults equal hocon/reference.conf.</summary>
public sealed record SchedulerSettings
{
    public static SchedulerSettings Default { get; } = new();

    /// <summary><c>scheduler-name</c>: pods whose <c>spec.schedulerName</c> is this (or unset) are placed by this scheduler.</summary>
    public string SchedulerName { get; init; } = "default-scheduler";

    /// <summary><c>max-binds-in-flight</c>: most bindings sent to pod entities and not yet answered.</summary>
    public int MaxBindsInFlight { get; init; } = 256;

    /// <summary><c>bind-timeout</c>: a binding not answered within this long counts as failed and its pod is placed again.</summary>
    public TimeSpan BindTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary><c>bind-retry-backoff</c>: how long a pod whose binding failed waits before it is placed again.</summary>
    public TimeSpan BindRetryBackoff { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// <c>assumed-pod-ttl</c>: a pod bound by this scheduler counts on its node at once; when the binding has not shown
    /// in the read model this long after it was acknowledged, the assumption is forgotten.
    /// </summary>
    public TimeSpan AssumedPodTtl { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary><c>unschedulable-retry-interval</c>: pods no node could take are tried again at least this often, even when nothing changed.</summary>
    public TimeSpan UnschedulableRetryInterval { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// <c>percentage-of-nodes-to-score</c>: share of the nodes searched for feasible ones before scoring (1-100);
    /// 0 adapts it to the cluster's size as Kubernetes does (50% minus 1% per 125 nodes, at least 5%, at least 100 nodes).
    /// </summary>
    public int PercentageOfNodesToScore { get; init; }

    /// <summary><c>placements-per-turn</c>: most pods placed in one turn of the scheduler before it reads its mailbox again.</summary>
    public int PlacementsPerTurn { get; init; } = 500;

    /// <summary><c>least-allocated-weight</c>: weight of the score favouring nodes with the most free cpu and memory (0 disables it).</summary>
    public int LeastAllocatedWeight { get; init; } = 1;

    /// <summary><c>owner-spread-weight</c>: weight of the score spreading pods of one controller across nodes (0 disables it).</summary>
    public int OwnerSpreadWeight { get; init; } = 1;

    /// <summary>Returns these settings, or throws an <see cref="ArgumentException"/> naming the configuration key of the first invalid value.</summary>
    public SchedulerSettings Validate()
    {
        Require(!string.IsNullOrWhiteSpace(SchedulerName), "scheduler-name", "must not be empty");
        Require(MaxBindsInFlight >= 1, "max-binds-in-flight", "must be at least 1");
        Require(BindTimeout > TimeSpan.Zero, "bind-timeout", "must be positive");
        Require(BindRetryBackoff >= TimeSpan.Zero, "bind-retry-backoff", "must not be negative");
        Require(AssumedPodTtl > TimeSpan.Zero, "assumed-pod-ttl", "must be positive");
        Require(UnschedulableRetryInterval > TimeSpan.Zero, "unschedulable-retry-interval", "must be positive");
        Require(PercentageOfNodesToScore is >= 0 and <= 100, "percentage-of-nodes-to-score", "must be between 0 and 100");
        Require(PlacementsPerTurn >= 1, "placements-per-turn", "must be at least 1");
        Require(LeastAllocatedWeight >= 0, "least-allocated-weight", "must not be negative");
        Require(OwnerSpreadWeight >= 0, "owner-spread-weight", "must not be negative");
        return this;
    }

    private static void Require(bool condition, string key, string problem)
    {
        if (!condition)
        {
            throw new ArgumentException($"ao.scheduler.{key} {problem}.");
        }
    }
}
