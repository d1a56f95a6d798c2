namespace ActorOrchestrator.Api.Core;

/// <summary>Kubernetes' core/v1 ExecAction.</summary>
public sealed record ExecAction
{
    public IReadOnlyList<string>? Command { get; init; }
}
