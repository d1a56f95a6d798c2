namespace ActorOrchestrator.Api.Core;

/// <summary>Kubernetes' core/v1 ContainerRestartRuleOnExitCodes.</summary>
public sealed record ContainerRestartRuleOnExitCodes
{
    public string? Operator { get; init; }

    public IReadOnlyList<int>? Values { get; init; }
}
