namespace ActorOrchestrator.Host.Settings;

/// <summary>Which container runtime the node agent drives; written in configuration as <c>auto</c>, <c>process</c>, <c>docker</c>.</summary>
internal enum ContainerRuntimeKind
{
    /// <summary>The best runtime this version has: the process runtime.</summary>
    Auto,

    /// <summary>Containers run as plain child processes of the agent.</summary>
    Process,

    /// <summary>Docker Engine; a later version.</summary>
    Docker,
}
