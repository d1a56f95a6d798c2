namespace ActorOrchestrator.NodeAgent.Runtime;

/// <summary>The label and annotation keys the kubelet puts on sandboxes and containers; the agent uses the same to find what it started.</summary>
public static class RuntimeLabels
{
    /// <summary>Label: the pod's name.</summary>
    public const string PodName = "io.kubernetes.pod.name";

    /// <summary>Label: the pod's namespace.</summary>
    public const string PodNamespace = "io.kubernetes.pod.namespace";

    /// <summary>Label: the pod's uid.</summary>
    public const string PodUid = "io.kubernetes.pod.uid";

    /// <summary>Label: the container's name within the pod.</summary>
    public const string ContainerName = "io.kubernetes.container.name";

    /// <summary>Annotation: the container's restart count.</summary>
    public const string RestartCount = "io.kubernetes.container.restartCount";

    /// <summary>Annotation: hash of the container's spec, to tell whether a running container still matches the pod.</summary>
    public const string ContainerHash = "io.kubernetes.container.hash";

    /// <summary>Annotation: the pod's termination grace period in seconds.</summary>
    public const string TerminationGracePeriod = "io.kubernetes.pod.terminationGracePeriod";
}
