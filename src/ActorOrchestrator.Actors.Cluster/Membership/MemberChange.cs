namespace ActorOrchestrator.Actors.Cluster.Membership;

/// <summary>One status change made by the leader; a removed member appears with status Removed in <paramref name="After"/>.</summary>
public sealed record MemberChange(Member Before, Member After);
