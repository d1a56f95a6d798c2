namespace ActorOrchestrator.Actors.Cluster.Membership;

/// <summary>The decision on a Join request, the membership after it, and a sentence saying why.</summary>
public sealed record JoinResult(JoinOutcome Outcome, MembershipState State, string Explanation)
{
    /// <summary>Whether the joiner should be sent a Welcome carrying <see cref="MembershipState.Gossip"/>.</summary>
    public bool ShouldWelcome => Outcome is JoinOutcome.Accepted or JoinOutcome.AlreadyMember;
}
