using ActorOrchestrator.Actors.Persistence.Sql.Common;

namespace ActorOrchestrator.Actors.Persistence.Sql.Postgres;

/// <summary>The PostgreSQL schema, one numbered migration per change, with the schema name filled in.</summary>
internal static class PostgresSchema
{
    public static string VersionTable(string schema) => $"""
        CREATE SCHEMA IF NOT EXISTS {schema};
        CREATE TABLE IF NOT EXISTS {schema}.schema_version (version INTEGER PRIMARY KEY, description TEXT NOT NULL, applied_at BIGINT NOT NULL);
        """;

    /// <summary>
    /// The journal's <c>ordering</c> is an identity with CACHE 1, so values are handed out in time order across sessions.
    /// The statement trigger gives a writing transaction its id before the statement takes any ordering: the
    /// <see cref="OrderingFrontier"/> relies on both. The payload is JSON text (<c>payload::jsonb</c> for ad-hoc queries);
    /// text keeps writes and replays cheap and accepts every string JSON can carry.
    /// </summary>
    public static IReadOnlyList<SchemaMigration> Migrations(string schema) =>
    [
        new(1, "journal, tags and snapshots", $"""
            CREATE TABLE {schema}.journal (
                ordering BIGINT GENERATED ALWAYS AS IDENTITY (CACHE 1) PRIMARY KEY,
                persistence_id TEXT NOT NULL,
                sequence_nr BIGINT NOT NULL,
                manifest TEXT NOT NULL,
                payload TEXT NOT NULL,
                tags TEXT NULL,
                timestamp BIGINT NOT NULL,
                writer_id TEXT NOT NULL,
                deleted BOOLEAN NOT NULL DEFAULT FALSE,
                CONSTRAINT journal_persistence_id_sequence_nr_key UNIQUE (persistence_id, sequence_nr)
            );
            CREATE FUNCTION {schema}.journal_assign_transaction_id() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                PERFORM pg_current_xact_id();
                RETURN NULL;
            END
            $$;
            CREATE TRIGGER journal_assign_transaction_id BEFORE INSERT ON {schema}.journal
                FOR EACH STATEMENT EXECUTE FUNCTION {schema}.journal_assign_transaction_id();
            CREATE TABLE {schema}.event_tag (
                tag TEXT NOT NULL,
                ordering BIGINT NOT NULL,
                PRIMARY KEY (tag, ordering)
            );
            CREATE INDEX event_tag_ordering ON {schema}.event_tag (ordering);
            CREATE TABLE {schema}.snapshot (
                persistence_id TEXT NOT NULL,
                sequence_nr BIGINT NOT NULL,
                timestamp BIGINT NOT NULL,
                manifest TEXT NOT NULL,
                payload TEXT NOT NULL,
                PRIMARY KEY (persistence_id, sequence_nr)
            );
            """),
    ];
}
