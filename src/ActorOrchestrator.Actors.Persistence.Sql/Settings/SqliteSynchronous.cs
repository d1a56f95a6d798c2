namespace ActorOrchestrator.Actors.Persistence.Sql.Settings;

/// <summary>SQLite's <c>synchronous</c> pragma in WAL mode (<c>ao.persistence.sqlite.synchronous</c>).</summary>
public enum SqliteSynchronous
{
    /// <summary>The WAL is synced at every commit: an acknowledged write survives a power loss or kernel crash.</summary>
    Full,

    /// <summary>The WAL is synced only at checkpoints: an acknowledged write survives a process crash, not a power loss.</summary>
    Normal,
}
