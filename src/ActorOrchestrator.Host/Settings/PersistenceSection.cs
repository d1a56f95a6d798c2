using ActorOrchestrator.Actors.Persistence;
using ActorOrchestrator.Actors.Persistence.Sql.Settings;
using ActorOrchestrator.Hocon;

namespace ActorOrchestrator.Host.Settings;

/// <summary>Reads <c>ao.persistence</c> into the store's <see cref="SqlPersistenceSettings"/> and the persistent actors' settings.</summary>
internal static class PersistenceSection
{
    /// <param name="persistence">The <c>ao.persistence</c> object.</param>
    /// <exception cref="ConfigException">a key is missing, mistyped or out of range; the message names it.</exception>
    public static SqlPersistenceSettings StoreFrom(Config persistence)
    {
        var settings = new SqlPersistenceSettings
        {
            Provider = persistence.GetString("provider") switch
            {
                "sqlite" => PersistenceProvider.Sqlite,
                "postgresql" => PersistenceProvider.PostgreSql,
                _ => throw persistence.BadValue("provider", "must be sqlite or postgresql"),
            },
            ReplayBatchSize = persistence.GetInt("replay-batch-size"),
            CommandTimeout = persistence.GetDuration("command-timeout"),
            GroupCommit = new GroupCommitSettings
            {
                MaxBatchSize = persistence.GetInt("group-commit.max-batch-size"),
                Linger = persistence.GetDuration("group-commit.linger"),
                MaxQueuedWrites = persistence.GetInt("group-commit.max-queued-writes"),
                MaxConcurrentBatches = persistence.GetInt("group-commit.max-concurrent-batches"),
            },
            Query = new QuerySettings
            {
                PollInterval = persistence.GetDuration("query.poll-interval"),
                BatchSize = persistence.GetInt("query.batch-size"),
            },
            Startup = new StartupSettings
            {
                MinBackoff = persistence.GetDuration("startup.min-backoff"),
                MaxBackoff = persistence.GetDuration("startup.max-backoff"),
                Timeout = persistence.GetDuration("startup.timeout"),
            },
            Sqlite = new SqliteSettings
            {
                File = persistence.GetString("sqlite.file"),
                Synchronous = persistence.GetString("sqlite.synchronous") switch
                {
                    "full" => SqliteSynchronous.Full,
                    "normal" => SqliteSynchronous.Normal,
                    _ => throw persistence.BadValue("sqlite.synchronous", "must be full or normal"),
                },
                BusyTimeout = persistence.GetDuration("sqlite.busy-timeout"),
            },
            PostgreSql = new PostgresSettings
            {
                ConnectionString = persistence.GetString("postgresql.connection-string"),
                Schema = persistence.GetString("postgresql.schema"),
                MaxPoolSize = persistence.GetInt("postgresql.max-pool-size"),
                ConnectTimeout = persistence.GetDuration("postgresql.connect-timeout"),
            },
        };
        try
        {
            settings.Validate();
            return settings;
        }
        catch (ArgumentException invalid)
        {
            throw new InvalidSettingsException(invalid.Message);
        }
    }

    /// <param name="persistence">The <c>ao.persistence</c> object.</param>
    /// <exception cref="ConfigException">a key is missing, mistyped or out of range; the message names it.</exception>
    public static PersistentActorSettings ActorsFrom(Config persistence)
    {
        var settings = new PersistentActorSettings
        {
            MaxConcurrentRecoveries = persistence.GetInt("max-concurrent-recoveries"),
            ReplayBatchSize = persistence.GetInt("replay-batch-size"),
            RecoveryEventTimeout = persistence.GetDuration("recovery-event-timeout"),
            SnapshotRetention = persistence.GetInt("snapshot-retention"),
        };
        try
        {
            settings.Validate();
            return settings;
        }
        catch (ArgumentException invalid)
        {
            throw new InvalidSettingsException(invalid.Message);
        }
    }
}
