namespace ActorOrchestrator.Actors.Cluster.Sharding;

/// <summary>
/// Starts cluster sharding for one entity type on a member: the returned shard region accepts every message the
/// extractor understands and delivers it to its entity, wherever that entity lives.
/// </summary>
public static class ClusterSharding
{
    /// <summary>
    /// Starts the region of <paramref name="typeName"/> (actor /system/sharding-TYPE). With a
    /// <paramref name="cluster"/>, shards spread over the members with the settings' role (a member without the role
    /// gets a proxy) and the coordinator runs as a cluster singleton on the oldest of them, recording its allocations in
    /// the journal when persistence is started on <paramref name="system"/> (start it first, and register
    /// <see cref="ShardingEvents"/> with the store's registry); without a cluster, everything runs in this system.
    /// <paramref name="stopMessage"/> is what entities receive when they are handed off or idle (PoisonPill when null;
    /// prefer a message of the entity's own, so it can finish its work).
    /// </summary>
    /// <exception cref="ArgumentException">A setting is invalid, or the type is already started on this system.</exception>
    public static IActorRef Start(
        ActorSystem system,
        string typeName,
        Props entityProps,
        ShardingSettings settings,
        IMessageExtractor extractor,
        object? stopMessage = null,
        Cluster? cluster = null)
    {
        ArgumentNullException.ThrowIfNull(entityProps);
        var hosts = cluster is null || settings.Role is null || cluster.Settings.Roles.Contains(settings.Role);
        return StartRegion(system, typeName, hosts ? entityProps : null, settings, extractor, stopMessage, cluster);
    }

    /// <summary>Starts a region of <paramref name="typeName"/> that routes messages but never hosts entities.</summary>
    public static IActorRef StartProxy(ActorSystem system, string typeName, ShardingSettings settings, IMessageExtractor extractor, Cluster cluster)
    {
        ArgumentNullException.ThrowIfNull(cluster);
        return StartRegion(system, typeName, null, settings, extractor, null, cluster);
    }

    private static IActorRef StartRegion(
        ActorSystem system,
        string typeName,
        Props? entityProps,
        ShardingSettings settings,
        IMessageExtractor extractor,
        object? stopMessage,
        Cluster? cluster)
    {
        ArgumentNullException.ThrowIfNull(system);
        ArgumentException.ThrowIfNullOrEmpty(typeName);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(extractor);
        settings.Validate();
        if (settings.RememberEntities && entityProps is not null && !ShardingPersistence.IsStarted(system))
        {
            throw new ArgumentException(
                $"Sharding of '{typeName}' with ao.cluster.sharding.remember-entities = on records entities in the journal: start persistence "
                + $"(PersistenceExtension.Start) on actor system '{system.Name}' before ClusterSharding.Start", nameof(settings));
        }
        var name = "sharding-" + EntityNames.Escape(typeName);
        try
        {
            var placement = CoordinatorPlacement.Start(system, name, typeName, settings, cluster, hostsShards: entityProps is not null);
            var regionProps = ShardRegion.Props(typeName, entityProps, settings, extractor, stopMessage ?? PoisonPill.Instance, placement);
            return system.SystemActorOf(regionProps, name);
        }
        catch (InvalidActorNameException e)
        {
            throw new ArgumentException($"Sharding of '{typeName}' is already started on actor system '{system.Name}'", nameof(typeName), e);
        }
    }
}
