namespace ActorOrchestrator.Actors.Cluster.Singleton;

/// <summary>The <c>ao.cluster.singleton</c> section of hocon/reference.conf (whose defaults these equal).</summary>
public sealed record ClusterSingletonManagerSettings
{
    public static ClusterSingletonManagerSettings Default { get; } = new();

    /// <summary>Name of the singleton actor, a child of its manager (ao.cluster.singleton.singleton-name).</summary>
    public string SingletonName { get; init; } = "singleton";

    /// <summary>Only members with this role host the singleton; null means every member (ao.cluster.singleton.role).</summary>
    public string? Role { get; init; }

    /// <summary>How often the next host repeats HandOverToMe and the leaving host TakeOverFromMe (ao.cluster.singleton.hand-over-retry-interval).</summary>
    public TimeSpan HandOverRetryInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// How long after an older member was removed the next host still waits before it starts the singleton
    /// (ao.cluster.singleton.removal-margin).
    /// </summary>
    public TimeSpan RemovalMargin { get; init; } = TimeSpan.FromSeconds(4);

    /// <summary>Throws <see cref="ArgumentException"/> naming the key of the first invalid setting.</summary>
    public ClusterSingletonManagerSettings Validate()
    {
        SingletonNames.Check(SingletonName, "ao.cluster.singleton.singleton-name");
        SingletonNames.CheckRole(Role, "ao.cluster.singleton.role");
        if (HandOverRetryInterval <= TimeSpan.Zero)
        {
            throw new ArgumentException($"Invalid cluster setting ao.cluster.singleton.hand-over-retry-interval: must be positive, was {HandOverRetryInterval}");
        }
        if (RemovalMargin < TimeSpan.Zero)
        {
            throw new ArgumentException($"Invalid cluster setting ao.cluster.singleton.removal-margin: must not be negative, was {RemovalMargin}");
        }
        return this;
    }
}
