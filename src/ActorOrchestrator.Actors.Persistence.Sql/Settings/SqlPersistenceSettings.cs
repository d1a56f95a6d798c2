namespace ActorOrchestrator.Actors.Persistence.Sql.Settings;

/// <summary>The <c>ao.persistence</c> section; defaults equal hocon/reference.conf.</summary>
public sealed record SqlPersistenceSettings
{
    public static SqlPersistenceSettings Default { get; } = new();

    /// <summary><c>provider</c>: which database holds the journal.</summary>
    public PersistenceProvider Provider { get; init; } = PersistenceProvider.Sqlite;

    /// <summary><c>replay-batch-size</c>: events fetched per round trip while an entity recovers.</summary>
    public int ReplayBatchSize { get; init; } = 10_000;

    /// <summary><c>command-timeout</c>: longest a single statement may run.</summary>
    public TimeSpan CommandTimeout { get; init; } = TimeSpan.FromSeconds(30);

    public GroupCommitSettings GroupCommit { get; init; } = new();

    public QuerySettings Query { get; init; } = new();

    public StartupSettings Startup { get; init; } = new();

    public SqliteSettings Sqlite { get; init; } = new();

    public PostgresSettings PostgreSql { get; init; } = new();

    /// <summary>Throws an <see cref="ArgumentException"/> naming the configuration key of the first invalid value.</summary>
    public void Validate()
    {
        Require(ReplayBatchSize >= 1, "replay-batch-size", "must be at least 1");
        Require(CommandTimeout > TimeSpan.Zero, "command-timeout", "must be positive");
        Require(GroupCommit.MaxBatchSize >= 1, "group-commit.max-batch-size", "must be at least 1");
        Require(GroupCommit.Linger >= TimeSpan.Zero, "group-commit.linger", "must not be negative");
        Require(GroupCommit.MaxQueuedWrites >= 1, "group-commit.max-queued-writes", "must be at least 1");
        Require(GroupCommit.MaxConcurrentBatches >= 1, "group-commit.max-concurrent-batches", "must be at least 1");
        Require(Query.PollInterval > TimeSpan.Zero, "query.poll-interval", "must be positive");
        Require(Query.BatchSize >= 1, "query.batch-size", "must be at least 1");
        Require(Startup.MinBackoff > TimeSpan.Zero, "startup.min-backoff", "must be positive");
        Require(Startup.MaxBackoff >= Startup.MinBackoff, "startup.max-backoff", "must be at least startup.min-backoff");
        Require(Startup.Timeout >= TimeSpan.Zero, "startup.timeout", "must not be negative");
        Require(!string.IsNullOrWhiteSpace(Sqlite.File), "sqlite.file", "must name a file");
        Require(Sqlite.BusyTimeout >= TimeSpan.Zero, "sqlite.busy-timeout", "must not be negative");
        Require(PostgreSql.MaxPoolSize >= 2, "postgresql.max-pool-size", "must be at least 2");
        Require(PostgreSql.ConnectTimeout > TimeSpan.Zero, "postgresql.connect-timeout", "must be positive");
        Require(
            PostgreSql.Schema.Length is > 0 and <= 63 && PostgreSql.Schema.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '_')
                && !char.IsDigit(PostgreSql.Schema[0]),
            "postgresql.schema", "must be a lower-case SQL identifier (a-z, 0-9, _)");
    }

    private static void Require(bool condition, string key, string problem)
    {
        if (!condition)
        {
            throw new ArgumentException($"ao.persistence.{key} {problem}.");
        }
    }
}
