namespace ActorOrchestrator.ControlPlane.ReadModel;

/// <summary>
/// A list at a resourceVersion the view did not reach within <c>ao.read-model.resource-version-wait-timeout</c>. The
/// gateway answers 504 Timeout with this message (Kubernetes' wording); clients retry.
/// </summary>
public sealed class ResourceVersionTooLargeException(long requested, long current)
    : Exception($"Too large resource version: {requested}, current: {current}")
{
    public long Requested { get; } = requested;

    public long Current { get; } = current;
}
