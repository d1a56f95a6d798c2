using ActorOrchestrator.Actors.Persistence;

namespace ActorOrchestrator.Actors.Cluster.Sharding;

/// <summary>Whether the host started persistence on a system before sharding, which decides where sharding keeps its state.</summary>
internal static class ShardingPersistence
{
    public static bool IsStarted(ActorSystem system)
    {
        try
        {
            _ = PersistenceExtension.Get(system);
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }
}
