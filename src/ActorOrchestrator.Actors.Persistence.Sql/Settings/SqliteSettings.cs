namespace ActorOrchestrator.Actors.Persistence.Sql.Settings;

/// <summary><c>ao.persistence.sqlite</c>.</summary>
public sealed record SqliteSettings
{
    /// <summary>Database file; a relative path is resolved against the node's data dir.</summary>
    public string File { get; init; } = "journal.db";

    /// <summary>Durability of a commit; <see cref="SqliteSynchronous.Full"/> by default because the journal is the cluster's truth.</summary>
    public SqliteSynchronous Synchronous { get; init; } = SqliteSynchronous.Full;

    /// <summary>How long a statement waits for another process's lock on the file.</summary>
    public TimeSpan BusyTimeout { get; init; } = TimeSpan.FromSeconds(5);
}
