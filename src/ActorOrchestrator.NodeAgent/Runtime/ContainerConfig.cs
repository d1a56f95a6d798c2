using System.Collections.Immutable;

namespace ActorOrchestrator.NodeAgent.Runtime;

/// <summary>
/// What to create a container with, already resolved by the agent: <see cref="Command"/> and <see cref="Args"/> are the final
/// argv (the agent merges the image defaults and expands <c>$(VAR)</c>), <see cref="Env"/> the final environment in order.
/// </summary>
public sealed record ContainerConfig(ContainerMetadata Metadata)
{
    /// <summary>Image reference; the process driver ignores it (commands run from the host).</summary>
    public string Image { get; init; } = "";

    /// <summary>The entrypoint: the executable (looked up on the container's PATH when it holds no '/') and its first arguments.</summary>
    public IReadOnlyList<string> Command { get; init; } = [];

    /// <summary>Arguments after <see cref="Command"/>.</summary>
    public IReadOnlyList<string> Args { get; init; } = [];

    /// <summary>Working directory; empty means the sandbox's directory (process driver). Created when missing.</summary>
    public string WorkingDir { get; init; } = "";

    /// <summary>Environment variables, in order; a later entry wins over an earlier one of the same name.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Env { get; init; } = [];

    /// <summary>Log file path relative to the sandbox's <see cref="PodSandboxConfig.LogDirectory"/> (<see cref="Logs.PodLogPaths.ContainerLogPath"/>).</summary>
    public string LogPath { get; init; } = "";

    /// <summary>Identifying labels (<see cref="RuntimeLabels"/>); filters match them.</summary>
    public IReadOnlyDictionary<string, string> Labels { get; init; } = ImmutableDictionary<string, string>.Empty;

    /// <summary>Opaque data the agent stores with the container and reads back (restart count, spec hash, grace period).</summary>
    public IReadOnlyDictionary<string, string> Annotations { get; init; } = ImmutableDictionary<string, string>.Empty;
}
