namespace ActorOrchestrator.Actors.Cluster.Singleton;

/// <summary>The <c>ao.cluster.singleton-proxy</c> section of hocon/reference.conf (whose defaults these equal).</summary>
public sealed record ClusterSingletonProxySettings
{
    /// <summary>The most messages a proxy may buffer while the singleton moves.</summary>
    public const int MaxBufferSize = 10_000;

    public static ClusterSingletonProxySettings Default { get; } = new();

    /// <summary>Name of the singleton actor under its manager (ao.cluster.singleton-proxy.singleton-name).</summary>
    public string SingletonName { get; init; } = "singleton";

    /// <summary>Role of the members that host the singleton; null means every member (ao.cluster.singleton-proxy.role).</summary>
    public string? Role { get; init; }

    /// <summary>How often the proxy asks the oldest member for the singleton until it answers (ao.cluster.singleton-proxy.singleton-identification-interval).</summary>
    public TimeSpan SingletonIdentificationInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Messages kept while the singleton is unknown; the newest beyond it are dropped with a log line (ao.cluster.singleton-proxy.buffer-size).</summary>
    public int BufferSize { get; init; } = 1000;

    /// <summary>Throws <see cref="ArgumentException"/> naming the key of the first invalid setting.</summary>
    public ClusterSingletonProxySettings Validate()
    {
        SingletonNames.Check(SingletonName, "ao.cluster.singleton-proxy.singleton-name");
        SingletonNames.CheckRole(Role, "ao.cluster.singleton-proxy.role");
        if (SingletonIdentificationInterval <= TimeSpan.Zero)
        {
            throw new ArgumentException($"Invalid cluster setting ao.cluster.singleton-proxy.singleton-identification-interval: must be positive, was {SingletonIdentificationInterval}");
        }
        if (BufferSize is < 0 or > MaxBufferSize)
        {
            throw new ArgumentException($"Invalid cluster setting ao.cluster.singleton-proxy.buffer-size: must be between 0 and {MaxBufferSize}, was {BufferSize}");
        }
        return this;
    }
}
