namespace ActorOrchestrator.Api.Meta;

/// <summary>Kubernetes' <c>metav1.StatusCause</c>: one reason, message and field of a failure.</summary>
public sealed record StatusCause
{
    public string? Reason { get; init; }

    public string? Message { get; init; }

    public string? Field { get; init; }
}
