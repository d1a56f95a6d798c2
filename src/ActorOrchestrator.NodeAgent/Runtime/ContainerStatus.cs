using System.Collections.Immutable;

namespace ActorOrchestrator.NodeAgent.Runtime;

/// <summary>A container instance as the runtime knows it.</summary>
/// <param name="Id">The runtime's id of this instance.</param>
/// <param name="SandboxId">The sandbox it belongs to.</param>
/// <param name="Metadata">Container name and attempt (restart count).</param>
/// <param name="State">Created, Running, Exited or Unknown.</param>
/// <param name="CreatedAt">When it was created.</param>
public sealed record ContainerStatus(string Id, string SandboxId, ContainerMetadata Metadata, ContainerState State, DateTimeOffset CreatedAt)
{
    /// <summary>The image reference it was created with.</summary>
    public string Image { get; init; } = "";

    /// <summary>When its process started; null before.</summary>
    public DateTimeOffset? StartedAt { get; init; }

    /// <summary>When it exited; null while it has not.</summary>
    public DateTimeOffset? FinishedAt { get; init; }

    /// <summary>Exit code once exited: 128+n when killed by signal n (137 SIGKILL, 143 SIGTERM), 128 when it could not start.</summary>
    public int ExitCode { get; init; }

    /// <summary>One word for why it is in this state (<see cref="RuntimeReasons"/>): Completed, Error, StartError ...; empty when there is none.</summary>
    public string Reason { get; init; } = "";

    /// <summary>A human-readable explanation; empty when there is none.</summary>
    public string Message { get; init; } = "";

    /// <summary>Absolute path of its CRI log file (the current one; rotated files sit beside it).</summary>
    public string LogPath { get; init; } = "";

    /// <summary>The labels it was created with.</summary>
    public IReadOnlyDictionary<string, string> Labels { get; init; } = ImmutableDictionary<string, string>.Empty;

    /// <summary>The annotations it was created with.</summary>
    public IReadOnlyDictionary<string, string> Annotations { get; init; } = ImmutableDictionary<string, string>.Empty;
}
