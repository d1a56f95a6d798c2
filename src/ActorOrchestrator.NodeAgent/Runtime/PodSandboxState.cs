namespace ActorOrchestrator.NodeAgent.Runtime;

/// <summary>Whether a sandbox can run containers.</summary>
public enum PodSandboxState
{
    /// <summary>Running: containers can be created and started in it.</summary>
    Ready,

    /// <summary>Stopped: its containers have been killed; it only awaits removal.</summary>
    NotReady,
}
