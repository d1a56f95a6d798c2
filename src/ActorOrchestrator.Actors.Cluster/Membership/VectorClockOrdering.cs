namespace ActorOrchestrator.Actors.Cluster.Membership;

/// <summary>How one vector clock relates to another.</summary>
public enum VectorClockOrdering
{
    /// <summary>Both clocks hold the same versions.</summary>
    Same,

    /// <summary>This clock happened before the other: the other saw everything this one saw, and more.</summary>
    Before,

    /// <summary>This clock happened after the other.</summary>
    After,

    /// <summary>Each clock saw a change the other did not: the states must be merged.</summary>
    Concurrent,
}
