using ActorOrchestrator.Actors.Cluster.Sharding.Events;

namespace ActorOrchestrator.Actors.Cluster.Sharding;

/// <summary>Where the coordinator's decisions are recorded: its journal, or nowhere when it keeps its state in memory.</summary>
internal interface ICoordinatorJournal
{
    /// <summary>Records <paramref name="event"/> and runs <paramref name="recorded"/> once it is durable (at once in memory).</summary>
    void Record(ICoordinatorEvent @event, Action recorded);
}
