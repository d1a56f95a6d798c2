namespace ActorOrchestrator.NodeAgent.Runtime.Process;

/// <summary>What the process driver persists per sandbox (<c>sandbox.json</c>).</summary>
internal sealed record ProcessSandboxRecord(string Id, PodSandboxConfig Config, string Directory, DateTimeOffset CreatedAt)
{
    public PodSandboxState State { get; init; } = PodSandboxState.Ready;

    /// <summary>The status the runtime contract reports, with the pod's IP.</summary>
    public PodSandboxStatus ToStatus(string ip) => new(Id, Config.Metadata, State, CreatedAt, ip)
    {
        Directory = Directory,
        LogDirectory = Config.LogDirectory,
        Labels = Config.Labels,
        Annotations = Config.Annotations,
    };
}
