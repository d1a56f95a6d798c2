using ActorOrchestrator.Hocon;
using ActorOrchestrator.NodeAgent.Logs;
using ActorOrchestrator.NodeAgent.Runtime;
using ActorOrchestrator.NodeAgent.Runtime.Process;

namespace ActorOrchestrator.Host.Settings;

/// <summary>Reads <c>ao.agent.runtime</c> into the container runtime's <see cref="ContainerRuntimeSettings"/>.</summary>
internal static class RuntimeSection
{
    /// <param name="runtime">The <c>ao.agent.runtime</c> object.</param>
    /// <exception cref="ConfigException">a key is missing, mistyped or out of range; the message names it.</exception>
    /// <exception cref="InvalidSettingsException">the runtime refuses a value; the message names its key.</exception>
    public static ContainerRuntimeSettings From(Config runtime) =>
        SettingsValidation.Checked(
            new ContainerRuntimeSettings
            {
                StateDir = runtime.GetString("state-dir"),
                Logs = new ContainerLogSettings
                {
                    MaxSize = runtime.GetBytes("logs.max-size"),
                    MaxFiles = runtime.GetInt("logs.max-files"),
                    MaxLineSize = (int)Math.Min(int.MaxValue, runtime.GetBytes("logs.max-line-size")),
                },
                Process = new ProcessRuntimeSettings
                {
                    PollInterval = runtime.GetDuration("process.poll-interval"),
                    InheritEnvironment = runtime.GetBoolean("process.inherit-environment"),
                    StartTimeout = runtime.GetDuration("process.start-timeout"),
                    ExecOutputLimit = (int)Math.Min(int.MaxValue, runtime.GetBytes("process.exec-output-limit")),
                },
            },
            settings => settings.Validate());
}
