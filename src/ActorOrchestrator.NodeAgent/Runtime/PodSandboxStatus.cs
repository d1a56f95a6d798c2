using System.Collections.Immutable;

namespace ActorOrchestrator.NodeAgent.Runtime;

/// <summary>A sandbox as the runtime knows it.</summary>
/// <param name="Id">The runtime's id of the sandbox.</param>
/// <param name="Metadata">The pod it was created for.</param>
/// <param name="State">Ready or NotReady.</param>
/// <param name="CreatedAt">When it was created.</param>
/// <param name="Ip">The pod's IP address (the process driver: the node's address, as pods share the host network).</param>
public sealed record PodSandboxStatus(string Id, PodSandboxMetadata Metadata, PodSandboxState State, DateTimeOffset CreatedAt, string Ip)
{
    /// <summary>The pod's working directory on the host, where the runtime has one (process driver); empty otherwise.</summary>
    public string Directory { get; init; } = "";

    /// <summary>Absolute directory of the pod's container logs, as configured.</summary>
    public string LogDirectory { get; init; } = "";

    /// <summary>The labels it was created with.</summary>
    public IReadOnlyDictionary<string, string> Labels { get; init; } = ImmutableDictionary<string, string>.Empty;

    /// <summary>The annotations it was created with.</summary>
    public IReadOnlyDictionary<string, string> Annotations { get; init; } = ImmutableDictionary<string, string>.Empty;
}
