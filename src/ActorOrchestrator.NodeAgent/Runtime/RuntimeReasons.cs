namespace ActorOrchestrator.NodeAgent.Runtime;

/// <summary>Reasons a runtime reports, spelled as Kubernetes shows them.</summary>
public static class RuntimeReasons
{
    /// <summary>Exited with code 0.</summary>
    public const string Completed = "Completed";

    /// <summary>Exited with a non-zero code.</summary>
    public const string Error = "Error";

    /// <summary>Killed for exceeding its memory limit.</summary>
    public const string OomKilled = "OOMKilled";

    /// <summary>The container's process could not be started; its state is Exited with code 128.</summary>
    public const string StartError = "StartError";

    /// <summary>The runtime refused to run the container (a Docker daemon's word for a start failure).</summary>
    public const string ContainerCannotRun = "ContainerCannotRun";

    /// <summary>The container vanished while nothing watched it: its exit code is unknown (reported as 137, as Kubernetes does).</summary>
    public const string ContainerStatusUnknown = "ContainerStatusUnknown";

    /// <summary>CreateContainer failed (bad configuration); the exception's reason.</summary>
    public const string CreateContainerError = "CreateContainerError";

    /// <summary>StartContainer failed; the exception's reason.</summary>
    public const string RunContainerError = "RunContainerError";

    /// <summary>No sandbox or container with that id; the exception's reason.</summary>
    public const string NotFound = "NotFound";

    /// <summary>The operation needs a running container (exec) or a ready sandbox (create); the exception's reason.</summary>
    public const string NotRunning = "NotRunning";

    /// <summary>The runtime itself failed (I/O error, missing helper); the exception's reason.</summary>
    public const string RuntimeError = "RuntimeError";
}
