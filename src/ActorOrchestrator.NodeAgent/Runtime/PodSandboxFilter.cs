using System.Collections.Immutable;

namespace ActorOrchestrator.NodeAgent.Runtime;

/// <summary>Selects sandboxes: every field that is set must match; every label in <see cref="LabelSelector"/> must be present with that value.</summary>
public sealed record PodSandboxFilter
{
    /// <summary>Only the sandbox with this id.</summary>
    public string? Id { get; init; }

    /// <summary>Only sandboxes in this state.</summary>
    public PodSandboxState? State { get; init; }

    /// <summary>Labels a sandbox must carry, with these values.</summary>
    public IReadOnlyDictionary<string, string> LabelSelector { get; init; } = ImmutableDictionary<string, string>.Empty;

    /// <summary>Whether the sandbox passes this filter.</summary>
    public bool Matches(PodSandboxStatus sandbox) =>
        (Id is null || Id == sandbox.Id)
        && (State is null || State == sandbox.State)
        && LabelMatch.All(LabelSelector, sandbox.Labels);
}
