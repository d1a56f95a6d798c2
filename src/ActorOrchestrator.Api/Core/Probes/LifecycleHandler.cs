namespace ActorOrchestrator.Api.Core;

/// <summary>Kubernetes' core/v1 LifecycleHandler: exactly one action.</summary>
public sealed record LifecycleHandler
{
    public ExecAction? Exec { get; init; }

    public HttpGetAction? HttpGet { get; init; }

    public TcpSocketAction? TcpSocket { get; init; }

    public SleepAction? Sleep { get; init; }
}
