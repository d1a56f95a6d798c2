namespace ActorOrchestrator.Actors.Cluster.Membership;

/// <summary>Where a member is on its way into a cluster.</summary>
public enum SeedJoinPhase
{
    /// <summary>Asking the seed nodes (InitJoin) whether any is part of a cluster.</summary>
    Discovering,

    /// <summary>Sent Join to a seed that answered; waiting for Welcome.</summary>
    Joining,

    /// <summary>Welcomed into a cluster, or forming a new one: the process is over.</summary>
    Done,
}
