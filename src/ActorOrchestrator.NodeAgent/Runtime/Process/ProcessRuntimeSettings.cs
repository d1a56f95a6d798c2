namespace ActorOrchestrator.NodeAgent.Runtime.Process;

/// <summary>The <c>ao.agent.runtime.process</c> section: the driver that runs containers as host processes. Defaults equal hocon/reference.conf.</summary>
public sealed record ProcessRuntimeSettings
{
    public static ProcessRuntimeSettings Default { get; } = new();

    /// <summary><c>poll-interval</c>: how often output is moved into the log files and exits are noticed.</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromMilliseconds(200);

    /// <summary><c>inherit-environment</c>: whether containers start from the agent's environment (PATH, HOME ...) before their own variables.</summary>
    public bool InheritEnvironment { get; init; } = true;

    /// <summary><c>start-timeout</c>: longest wait for a started container's process to be known before StartContainer fails.</summary>
    public TimeSpan StartTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary><c>exec-output-limit</c>: bytes of each output stream an exec (probe) keeps; the rest is dropped.</summary>
    public int ExecOutputLimit { get; init; } = 64 * 1024;

    /// <summary>Returns these settings, or throws an <see cref="ArgumentException"/> naming the key of the first invalid value.</summary>
    public ProcessRuntimeSettings Validate()
    {
        Require(PollInterval > TimeSpan.Zero, "poll-interval", "must be positive");
        Require(StartTimeout > TimeSpan.Zero, "start-timeout", "must be positive");
        Require(ExecOutputLimit >= 0, "exec-output-limit", "must not be negative");
        return this;
    }

    private static void Require(bool condition, string key, string problem)
    {
        if (!condition)
        {
            throw new ArgumentException($"ao.agent.runtime.process.{key} {problem}.");
        }
    }
}
