namespace ActorOrchestrator.NodeAgent.Runtime;

/// <summary>A container instance's lifecycle, as in CRI.</summary>
public enum ContainerState
{
    /// <summary>Created, not started yet.</summary>
    Created,

    /// <summary>Its process runs.</summary>
    Running,

    /// <summary>It has ended (or could not start); see the exit code and reason.</summary>
    Exited,

    /// <summary>The runtime cannot tell.</summary>
    Unknown,
}
