using ActorOrchestrator.Actors.Persistence.Serialization;
using ActorOrchestrator.Actors.Persistence.Sql.Common;
using ActorOrchestrator.Actors.Persistence.Sql.Postgres;
using ActorOrchestrator.Actors.Persistence.Sql.Settings;
using ActorOrchestrator.Actors.Persistence.Sql.Sqlite;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace ActorOrchestrator.Actors.Persistence.Sql;

/// <summary>Opens the SQL store chosen by <c>ao.persistence.provider</c>.</summary>
public static class SqlPersistence
{
    /// <summary>
    /// Connects (retrying with back-off while the database is unreachable, see <c>ao.persistence.startup</c>), creates or
    /// upgrades the schema, and returns the open store. Failure is a <see cref="PersistenceUnavailableException"/> naming the target.
    /// </summary>
    /// <param name="settings">The <c>ao.persistence</c> section.</param>
    /// <param name="dataDirectory">The node's data dir; a relative SQLite file is placed in it.</param>
    /// <param name="registry">Every event and snapshot type the store may write or read.</param>
    /// <param name="loggerFactory">Logging; none when null.</param>
    /// <param name="timeProvider">Clock for timestamps and back-off; the system clock when null.</param>
    /// <param name="cancellationToken">Stops retrying.</param>
    public static async Task<IPersistenceStore> OpenAsync(
        SqlPersistenceSettings settings,
        string dataDirectory,
        EventTypeRegistry registry,
        ILoggerFactory? loggerFactory,
        TimeProvider? timeProvider,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(registry);
        settings.Validate();
        loggerFactory ??= NullLoggerFactory.Instance;
        ISqlDialect dialect = settings.Provider switch
        {
            PersistenceProvider.Sqlite => new SqliteDialect(
                Path.GetFullPath(settings.Sqlite.File, Path.GetFullPath(dataDirectory)), settings.Sqlite, loggerFactory.CreateLogger<SqliteDialect>()),
            PersistenceProvider.PostgreSql => new PostgresDialect(settings, loggerFactory),
            _ => throw new ArgumentException($"ao.persistence.provider '{settings.Provider}' is not known; use sqlite or postgresql."),
        };
        return await SqlPersistenceStore.OpenAsync(dialect, settings, registry, loggerFactory, timeProvider ?? TimeProvider.System, cancellationToken)
            .ConfigureAwait(false);
    }
}
