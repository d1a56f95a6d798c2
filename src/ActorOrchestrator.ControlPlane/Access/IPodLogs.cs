namespace ActorOrchestrator.ControlPlane.Access;

/// <summary>
/// A container's log, as <c>GET /api/v1/namespaces/NS/pods/NAME/log</c> serves it: raw bytes in order. With
/// <see cref="PodLogRequest.Follow"/> the stream goes on until the container's log ends for good or the caller cancels.
/// Throws <see cref="Api.Errors.StatusException"/> for an unknown pod or container (404) or a missing previous
/// instance (400, Kubernetes' <c>previous terminated container "x" in pod "y" not found</c>).
/// </summary>
public interface IPodLogs
{
    IAsyncEnumerable<ReadOnlyMemory<byte>> ReadAsync(PodLogRequest request, CancellationToken cancellationToken);
}
