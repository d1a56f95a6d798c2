using System.Collections.Immutable;

namespace ActorOrchestrator.Actors.Cluster.Membership;

/// <summary>What the seed-join process asks its owner to do.</summary>
public abstract record SeedJoinCommand
{
    private SeedJoinCommand()
    {
    }

    /// <summary>Send InitJoin to each of these seed nodes.</summary>
    public sealed record SendInitJoin(ImmutableArray<NodeAddress> To) : SeedJoinCommand;

    /// <summary>Send Join to the seed node that answered InitJoinAck.</summary>
    public sealed record SendJoin(NodeAddress To) : SeedJoinCommand;

    /// <summary>Join this member itself: it starts a new cluster.</summary>
    public sealed record FormNewCluster(string Reason) : SeedJoinCommand;

    /// <summary>Log that the member is still trying to join (every retry round, so an operator sees a seed list that points nowhere).</summary>
    public sealed record ReportStillJoining(int Attempts, TimeSpan Elapsed, string Detail) : SeedJoinCommand;
}
