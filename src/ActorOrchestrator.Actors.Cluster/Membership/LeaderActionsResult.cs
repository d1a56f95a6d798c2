using System.Collections.Immutable;

namespace ActorOrchestrator.Actors.Cluster.Membership;

/// <summary>The membership after the leader's actions and the changes it made (none when it could do nothing).</summary>
public sealed record LeaderActionsResult(MembershipState State, ImmutableArray<MemberChange> Changes)
{
    public bool Changed => !Changes.IsEmpty;
}
