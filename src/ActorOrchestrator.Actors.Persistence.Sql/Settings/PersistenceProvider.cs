namespace ActorOrchestrator.Actors.Persistence.Sql.Settings;

/// <summary>Which database holds the journal (<c>ao.persistence.provider</c>).</summary>
public enum PersistenceProvider
{
    /// <summary>Embedded: one SQLite file in the node's data dir.</summary>
    Sqlite,

    /// <summary>A PostgreSQL server shared by the members of a multi-machine cluster.</summary>
    PostgreSql,
}
