namespace ActorOrchestrator.NodeAgent.Runtime;

/// <summary>
/// A container runtime in the shape of Kubernetes' CRI: a pod is a sandbox (its working directory, network and lifetime)
/// holding containers; every container instance (each restart is a new one) has its own id, state and log file.
/// Implementations keep their own durable state, so a new instance over the same state directory lists (adopts) the sandboxes
/// and containers an earlier instance started, and containers keep running while no instance exists.
/// Every method is safe to call concurrently. Failures are <see cref="ContainerRuntimeException"/>s whose
/// <see cref="ContainerRuntimeException.Reason"/> is a Kubernetes-style reason.
/// Disposing an instance stops its own monitoring only: containers keep running.
/// </summary>
public interface IContainerRuntime : IAsyncDisposable
{
    /// <summary>The driver's name (<c>process</c>, <c>docker</c>), as shown in the node's status.</summary>
    string Name { get; }

    /// <summary>Creates and starts a pod sandbox; returns its id.</summary>
    Task<string> RunPodSandboxAsync(PodSandboxConfig config, CancellationToken cancellationToken = default);

    /// <summary>
    /// Stops a sandbox: any container of it still running is killed at once (the agent stops containers with their grace
    /// period first); the sandbox becomes <see cref="PodSandboxState.NotReady"/>. Idempotent; an unknown id is not an error.
    /// </summary>
    Task StopPodSandboxAsync(string sandboxId, CancellationToken cancellationToken = default);

    /// <summary>Stops the sandbox if needed and removes it with its containers. Log files are kept (the agent removes the pod's log directory). Idempotent.</summary>
    Task RemovePodSandboxAsync(string sandboxId, CancellationToken cancellationToken = default);

    /// <summary>The sandbox's status; throws <see cref="ContainerRuntimeException"/> with reason <see cref="RuntimeReasons.NotFound"/> for an unknown id.</summary>
    Task<PodSandboxStatus> PodSandboxStatusAsync(string sandboxId, CancellationToken cancellationToken = default);

    /// <summary>The sandboxes matching the filter (all when it is null).</summary>
    Task<IReadOnlyList<PodSandboxStatus>> ListPodSandboxesAsync(PodSandboxFilter? filter = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Creates a container in a ready sandbox (state <see cref="ContainerState.Created"/>); returns its id.
    /// Fails with reason <see cref="RuntimeReasons.CreateContainerError"/> when the configuration cannot be run.
    /// </summary>
    Task<string> CreateContainerAsync(string sandboxId, ContainerConfig config, PodSandboxConfig sandboxConfig, CancellationToken cancellationToken = default);

    /// <summary>
    /// Starts a created container. When the command cannot be started (missing binary, not executable, bad working directory)
    /// this throws with reason <see cref="RuntimeReasons.RunContainerError"/> and a message such as
    /// <c>exec: "nosuchcmd": executable file not found in $PATH</c>, and the container is left
    /// <see cref="ContainerState.Exited"/> with exit code 128 and reason <see cref="RuntimeReasons.StartError"/>.
    /// </summary>
    Task StartContainerAsync(string containerId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Stops a running container: SIGTERM to its process group, SIGKILL when it has not exited after
    /// <paramref name="gracePeriod"/> (zero kills at once). Returns once the container is <see cref="ContainerState.Exited"/>.
    /// A container that is not running is left as it is.
    /// </summary>
    Task StopContainerAsync(string containerId, TimeSpan gracePeriod, CancellationToken cancellationToken = default);

    /// <summary>Removes a container (killing it first if it still runs). Its log file is kept. Idempotent.</summary>
    Task RemoveContainerAsync(string containerId, CancellationToken cancellationToken = default);

    /// <summary>The containers matching the filter (all when it is null), with their full status.</summary>
    Task<IReadOnlyList<ContainerStatus>> ListContainersAsync(ContainerFilter? filter = null, CancellationToken cancellationToken = default);

    /// <summary>The container's status; throws with reason <see cref="RuntimeReasons.NotFound"/> for an unknown id.</summary>
    Task<ContainerStatus> ContainerStatusAsync(string containerId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Completes with the container's final status once it has exited (at once when it already has). This is how the agent
    /// learns of exits without polling: pipe the task to the pod's actor. Cancelling only abandons the wait.
    /// </summary>
    Task<ContainerStatus> WaitContainerAsync(string containerId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Runs a command inside a running container (for exec probes) and collects its output. When it outlasts
    /// <paramref name="timeout"/> it is killed and the result says <see cref="ExecSyncResult.TimedOut"/>.
    /// Throws with reason <see cref="RuntimeReasons.NotRunning"/> when the container does not run.
    /// </summary>
    Task<ExecSyncResult> ExecSyncAsync(string containerId, IReadOnlyList<string> command, TimeSpan timeout, CancellationToken cancellationToken = default);
}
