namespace ActorOrchestrator.NodeAgent.Logs;

/// <summary>What part of a container's log to read, as <c>kubectl logs</c> asks for it (PodLogOptions).</summary>
public sealed record ContainerLogReadOptions
{
    public static ContainerLogReadOptions Default { get; } = new();

    /// <summary>Only the last this many lines (after <see cref="Since"/>); null means all.</summary>
    public int? TailLines { get; init; }

    /// <summary>Only records written at or after this time; null means all.</summary>
    public DateTimeOffset? Since { get; init; }

    /// <summary>Keep reading new records as they are written, until the container exits or the read is cancelled.</summary>
    public bool Follow { get; init; }

    /// <summary>Prefix each line with its RFC 3339 time and a space.</summary>
    public bool Timestamps { get; init; }

    /// <summary>Stop after this many bytes of output; null means no limit.</summary>
    public long? LimitBytes { get; init; }
}
