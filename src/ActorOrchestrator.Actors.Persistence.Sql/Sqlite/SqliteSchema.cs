using ActorOrchestrator.Actors.Persistence.Sql.Common;

namespace ActorOrchestrator.Actors.Persistence.Sql.Sqlite;

/// <summary>The SQLite schema, one numbered migration per change; a database never skips or reorders them.</summary>
internal static class SqliteSchema
{
    public const string VersionTable =
        "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, description TEXT NOT NULL, applied_at INTEGER NOT NULL)";

    public static IReadOnlyList<SchemaMigration> Migrations { get; } =
    [
        new(1, "journal, tags and snapshots", """
            CREATE TABLE journal (
                ordering INTEGER PRIMARY KEY AUTOINCREMENT,
                persistence_id TEXT NOT NULL,
                sequence_nr INTEGER NOT NULL,
                manifest TEXT NOT NULL,
                payload TEXT NOT NULL,
                tags TEXT NULL,
                timestamp INTEGER NOT NULL,
                writer_id TEXT NOT NULL,
                deleted INTEGER NOT NULL DEFAULT 0,
                UNIQUE (persistence_id, sequence_nr)
            );
            CREATE TABLE event_tag (
                tag TEXT NOT NULL,
                ordering INTEGER NOT NULL,
                PRIMARY KEY (tag, ordering)
            ) WITHOUT ROWID;
            CREATE INDEX event_tag_ordering ON event_tag (ordering);
            CREATE TABLE snapshot (
                persistence_id TEXT NOT NULL,
                sequence_nr INTEGER NOT NULL,
                timestamp INTEGER NOT NULL,
                manifest TEXT NOT NULL,
                payload TEXT NOT NULL,
                PRIMARY KEY (persistence_id, sequence_nr)
            ) WITHOUT ROWID;
            """),
    ];
}
