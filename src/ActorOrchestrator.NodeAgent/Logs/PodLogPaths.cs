namespace ActorOrchestrator.NodeAgent.Logs;

/// <summary>
/// Where container logs live, as the kubelet lays out /var/log/pods:
/// <c>&lt;data-dir&gt;/pods/&lt;namespace&gt;_&lt;name&gt;_&lt;uid&gt;/&lt;container&gt;/&lt;restartCount&gt;.log</c>, one file per container instance.
/// </summary>
public static class PodLogPaths
{
    /// <summary>The pod's log directory (the sandbox's <c>LogDirectory</c>).</summary>
    public static string PodLogDirectory(string dataDirectory, string podNamespace, string podName, string podUid) =>
        Path.Combine(Path.GetFullPath(dataDirectory), "pods", $"{podNamespace}_{podName}_{podUid}");

    /// <summary>A container instance's log path relative to the pod's log directory (the container's <c>LogPath</c>).</summary>
    public static string ContainerLogPath(string containerName, int restartCount) =>
        Path.Combine(containerName, $"{restartCount}.log");

    /// <summary>A container instance's absolute log path.</summary>
    public static string ContainerLogFile(string podLogDirectory, string containerName, int restartCount) =>
        Path.Combine(podLogDirectory, ContainerLogPath(containerName, restartCount));
}
