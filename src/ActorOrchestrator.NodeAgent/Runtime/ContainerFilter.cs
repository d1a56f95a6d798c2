using System.Collections.Immutable;

namespace ActorOrchestrator.NodeAgent.Runtime;

/// <summary>Selects containers: every field that is set must match; every label in <see cref="LabelSelector"/> must be present with that value.</summary>
public sealed record ContainerFilter
{
    /// <summary>Only the container with this id.</summary>
    public string? Id { get; init; }

    /// <summary>Only containers of this sandbox.</summary>
    public string? SandboxId { get; init; }

    /// <summary>Only containers in this state.</summary>
    public ContainerState? State { get; init; }

    /// <summary>Labels a container must carry, with these values.</summary>
    public IReadOnlyDictionary<string, string> LabelSelector { get; init; } = ImmutableDictionary<string, string>.Empty;

    /// <summary>Whether the container passes this filter.</summary>
    public bool Matches(ContainerStatus container) =>
        (Id is null || Id == container.Id)
        && (SandboxId is null || SandboxId == container.SandboxId)
        && (State is null || State == container.State)
        && LabelMatch.All(LabelSelector, container.Labels);
}
