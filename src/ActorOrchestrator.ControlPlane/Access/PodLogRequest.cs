namespace ActorOrchestrator.ControlPlane.Access;

/// <summary>The query of a pod log request; <see cref="Container"/> null means the pod's only container.</summary>
public sealed record PodLogRequest(string Namespace, string Pod)
{
    public string? Container { get; init; }

    public bool Follow { get; init; }

    /// <summary>The log of the previous, terminated instance of the container.</summary>
    public bool Previous { get; init; }

    public long? TailLines { get; init; }

    public long? SinceSeconds { get; init; }

    public DateTimeOffset? SinceTime { get; init; }

    /// <summary>Prefix every line with its RFC 3339 timestamp.</summary>
    public bool Timestamps { get; init; }

    public long? LimitBytes { get; init; }
}
