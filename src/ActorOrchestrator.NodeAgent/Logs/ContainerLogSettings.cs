namespace ActorOrchestrator.NodeAgent.Logs;

/// <summary>The <c>ao.agent.runtime.logs</c> section: how container log files are written. Defaults equal hocon/reference.conf.</summary>
public sealed record ContainerLogSettings
{
    public static ContainerLogSettings Default { get; } = new();

    /// <summary><c>max-size</c>: a container's log file is rotated when the next record would make it larger than this (bytes).</summary>
    public long MaxSize { get; init; } = 10 * 1024 * 1024;

    /// <summary><c>max-files</c>: files kept per container instance, the current one included; the oldest rotated file is deleted.</summary>
    public int MaxFiles { get; init; } = 5;

    /// <summary><c>max-line-size</c>: longer lines are split into partial (P) records of at most this many bytes.</summary>
    public int MaxLineSize { get; init; } = 16 * 1024;

    /// <summary>Returns these settings, or throws an <see cref="ArgumentException"/> naming the key of the first invalid value.</summary>
    public ContainerLogSettings Validate()
    {
        Require(MaxLineSize >= 1, "max-line-size", "must be at least 1 byte");
        Require(MaxSize >= MaxLineSize + 64, "max-size", "must exceed max-line-size by at least 64 bytes (one record must fit)");
        Require(MaxFiles >= 1, "max-files", "must be at least 1");
        return this;
    }

    private static void Require(bool condition, string key, string problem)
    {
        if (!condition)
        {
            throw new ArgumentException($"ao.agent.runtime.logs.{key} {problem}.");
        }
    }
}
