namespace ActorOrchestrator.Actors.Cluster.Membership;

/// <summary>Age questions over a set of members: who is oldest, overall or within a role.</summary>
public static class MemberAge
{
    /// <summary>
    /// The oldest Up or Leaving member (lowest up-number, then address), optionally only among members with
    /// <paramref name="role"/>; null when there is none. Members that are not Up yet have no age, and Exiting
    /// or Down members are on their way out.
    /// </summary>
    public static Member? Oldest(IEnumerable<Member> members, string? role = null) =>
        OldestFirst(members, role).FirstOrDefault(static m => m.Status is MemberStatus.Up or MemberStatus.Leaving);

    /// <summary>Every member (of <paramref name="role"/> when given), oldest first.</summary>
    public static IReadOnlyList<Member> OldestFirst(IEnumerable<Member> members, string? role = null)
    {
        ArgumentNullException.ThrowIfNull(members);
        return [.. members.Where(m => role is null || m.HasRole(role)).Order(Member.AgeOrder)];
    }
}
