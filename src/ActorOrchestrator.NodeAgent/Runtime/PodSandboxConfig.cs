using System.Collections.Immutable;

namespace ActorOrchestrator.NodeAgent.Runtime;

/// <summary>What to create a pod sandbox with. Labels let the agent find its sandboxes again after a restart.</summary>
public sealed record PodSandboxConfig(PodSandboxMetadata Metadata)
{
    /// <summary>Host name the pod sees; empty means the runtime's default (the process driver shares the node's).</summary>
    public string Hostname { get; init; } = "";

    /// <summary>Absolute directory of the pod's container logs (<see cref="Logs.PodLogPaths.PodLogDirectory"/>); container log paths are relative to it.</summary>
    public string LogDirectory { get; init; } = "";

    /// <summary>Identifying labels (<see cref="RuntimeLabels"/>); filters match them.</summary>
    public IReadOnlyDictionary<string, string> Labels { get; init; } = ImmutableDictionary<string, string>.Empty;

    /// <summary>Opaque data the agent stores with the sandbox and reads back.</summary>
    public IReadOnlyDictionary<string, string> Annotations { get; init; } = ImmutableDictionary<string, string>.Empty;
}
