using System.Collections.Immutable;
using ActorOrchestrator.Actors.Cluster.Membership;

namespace ActorOrchestrator.Actors.Cluster.Downing;

/// <summary>What the split-brain resolver decided: which side goes, the members to mark Down, and why.</summary>
public sealed record DowningDecision(DowningDecisionKind Kind, ImmutableSortedSet<UniqueAddress> ToDown, string Reason)
{
    /// <summary>Whether <paramref name="self"/> is among the downed (it must then shut itself down).</summary>
    public bool Downs(UniqueAddress self) => ToDown.Contains(self);
}
