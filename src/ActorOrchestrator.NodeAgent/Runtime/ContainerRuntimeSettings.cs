using ActorOrchestrator.NodeAgent.Logs;
using ActorOrchestrator.NodeAgent.Runtime.Process;

namespace ActorOrchestrator.NodeAgent.Runtime;

/// <summary>The <c>ao.agent.runtime</c> section. Defaults equal hocon/reference.conf.</summary>
public sealed record ContainerRuntimeSettings
{
    public static ContainerRuntimeSettings Default { get; } = new();

    /// <summary><c>state-dir</c>: the runtime's own state (sandboxes, containers, captured output); a relative path is resolved against the node's data dir.</summary>
    public string StateDir { get; init; } = "runtime";

    /// <summary><c>logs</c>: container log files.</summary>
    public ContainerLogSettings Logs { get; init; } = ContainerLogSettings.Default;

    /// <summary><c>process</c>: the process driver.</summary>
    public ProcessRuntimeSettings Process { get; init; } = ProcessRuntimeSettings.Default;

    /// <summary>Returns these settings, or throws an <see cref="ArgumentException"/> naming the key of the first invalid value.</summary>
    public ContainerRuntimeSettings Validate()
    {
        if (string.IsNullOrWhiteSpace(StateDir))
        {
            throw new ArgumentException("ao.agent.runtime.state-dir must name a directory.");
        }

        Logs.Validate();
        Process.Validate();
        return this;
    }
}
