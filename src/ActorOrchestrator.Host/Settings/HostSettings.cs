using ActorOrchestrator.Actors;
using ActorOrchestrator.Actors.Persistence;
using ActorOrchestrator.Actors.Persistence.Sql.Settings;
using ActorOrchestrator.Hocon;

namespace ActorOrchestrator.Host.Settings;

/// <summary>The sections of the configuration the host reads and hands to its components.</summary>
internal sealed record HostSettings(
    NodeSettings Node, ApiSettings Api, ActorSystemSettings Actors, SqlPersistenceSettings Persistence, PersistentActorSettings PersistentActors)
{
    /// <exception cref="ConfigException">a value is missing, mistyped or out of range; the message names its key.</exception>
    /// <exception cref="InvalidSettingsException">a component refuses a value; the message names its key.</exception>
    public static HostSettings From(Config root) =>
        new(
            NodeSettings.From(root.GetConfig("ao.node")),
            ApiSettings.From(root.GetConfig("ao.api")),
            ActorsSection.From(root.GetConfig("ao.actors")),
            PersistenceSection.StoreFrom(root.GetConfig("ao.persistence")),
            PersistenceSection.ActorsFrom(root.GetConfig("ao.persistence")));
}
