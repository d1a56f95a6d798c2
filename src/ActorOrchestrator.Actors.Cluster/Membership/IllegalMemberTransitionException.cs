namespace ActorOrchestrator.Actors.Cluster.Membership;

/// <summary>A member was asked to make a status change that the membership life cycle does not allow.</summary>
public sealed class IllegalMemberTransitionException : InvalidOperationException
{
    public IllegalMemberTransitionException(UniqueAddress member, MemberStatus from, MemberStatus to)
        : base(Describe(member, from, to))
    {
        Member = member;
        From = from;
        To = to;
    }

    public UniqueAddress Member { get; }

    public MemberStatus From { get; }

    public MemberStatus To { get; }

    private static string Describe(UniqueAddress member, MemberStatus from, MemberStatus to)
    {
        var allowed = MemberTransitions.From(from);
        var options = allowed.IsEmpty ? "none (it is final)" : string.Join(", ", allowed);
        return $"Member {member} cannot move from {from} to {to}; allowed from {from}: {options}.";
    }
}
