namespace ActorOrchestrator.Api.Core;

/// <summary>Kubernetes' core/v1 PreferredSchedulingTerm.</summary>
public sealed record PreferredSchedulingTerm
{
    public int? Weight { get; init; }

    public NodeSelectorTerm Preference { get; init; } = new();
}
