namespace ActorOrchestrator.Api.Core;

/// <summary>Kubernetes' core/v1 ContainerRestartRule.</summary>
public sealed record ContainerRestartRule
{
    public string? Action { get; init; }

    public ContainerRestartRuleOnExitCodes? ExitCodes { get; init; }
}
