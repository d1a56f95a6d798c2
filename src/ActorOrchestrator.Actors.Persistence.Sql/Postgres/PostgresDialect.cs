using ActorOrchestrator.Actors.Persistence.Sql.Common;
using ActorOrchestrator.Actors.Persistence.Sql.Settings;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace ActorOrchestrator.Actors.Persistence.Sql.Postgres;

/// <summary>
/// The shared store: a pooled Npgsql data source, batches written with one multi-row INSERT ... RETURNING, several
/// batches in flight on separate connections. Those may commit out of ordering order, so readers use the
/// <see cref="OrderingFrontier"/> this dialect feeds.
/// </summary>
internal sealed partial class PostgresDialect : ISqlDialect, IOrderingWindowReader
{
    private const string SchemaLockKey = "ao.persistence.schema";

    private readonly NpgsqlDataSource _dataSource;
    private readonly SqlPersistenceSettings _settings;
    private readonly ILogger _logger;
    private readonly string _schema;

    public PostgresDialect(SqlPersistenceSettings settings, ILoggerFactory loggerFactory)
    {
        _settings = settings;
        _logger = loggerFactory.CreateLogger<PostgresDialect>();
        _schema = settings.PostgreSql.Schema;
        var builder = new NpgsqlDataSourceBuilder(settings.PostgreSql.ConnectionString);
        var connection = builder.ConnectionStringBuilder;
        connection.MaxPoolSize = settings.PostgreSql.MaxPoolSize;
        connection.Timeout = Math.Max(1, (int)Math.Ceiling(settings.PostgreSql.ConnectTimeout.TotalSeconds));
        connection.CommandTimeout = Math.Max(1, (int)Math.Ceiling(settings.CommandTimeout.TotalSeconds));
        connection.MaxAutoPrepare = 32;
        connection.AutoPrepareMinUsages = 2;
        connection.ApplicationName ??= "ao";
        // Replays and live reads stream thousands of rows: a larger buffer means fewer socket reads.
        connection.ReadBufferSize = Math.Max(connection.ReadBufferSize, 64 * 1024);
        Target = $"PostgreSQL {connection.Host ?? "localhost"}:{connection.Port}/{connection.Database ?? connection.Username ?? "postgres"}";
        builder.UseLoggerFactory(loggerFactory);
        _dataSource = builder.Build();
    }

    public string Target { get; }

    public int MaxConcurrentBatches => _settings.GroupCommit.MaxConcurrentBatches;

    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await ExecuteAsync(connection, "SELECT pg_advisory_xact_lock(hashtext(@key))", cancellationToken, ("@key", SchemaLockKey)).ConfigureAwait(false);
        await ExecuteAsync(connection, PostgresSchema.VersionTable(_schema), cancellationToken).ConfigureAwait(false);
        await using var read = new NpgsqlCommand($"SELECT COALESCE(MAX(version), 0) FROM {_schema}.schema_version", connection);
        var current = (int)(await read.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
        var migrations = PostgresSchema.Migrations(_schema);
        var latest = migrations[^1].Version;
        if (current > latest)
        {
            throw new PersistenceUnavailableException(Target,
                $"{Target} (schema {_schema}) has schema version {current}, newer than this build understands ({latest}); run a newer ao against it.");
        }
        foreach (var migration in migrations.Where(m => m.Version > current))
        {
            await ExecuteAsync(connection, migration.Sql, cancellationToken).ConfigureAwait(false);
            await ExecuteAsync(connection, $"INSERT INTO {_schema}.schema_version (version, description, applied_at) VALUES (@v, @d, @t)",
                cancellationToken, ("@v", migration.Version), ("@d", migration.Description), ("@t", DateTimeOffset.UtcNow.ToUnixTimeMilliseconds()))
                .ConfigureAwait(false);
            LogMigrated(_logger, Target, _schema, migration.Version, migration.Description);
        }
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Unreachable, starting up, or out of connection slots: worth another attempt. Bad credentials or a missing database are not.</summary>
    public bool IsTransient(Exception exception) => exception switch
    {
        PostgresException postgres => postgres.SqlState is "57P03" or "53300" or "08006" or "08001",
        NpgsqlException npgsql => npgsql.IsTransient || npgsql.InnerException is System.Net.Sockets.SocketException or TimeoutException or IOException,
        TimeoutException => true,
        _ => false,
    };

    public ValueTask DisposeAsync() => _dataSource.DisposeAsync();

    private static async Task ExecuteAsync(
        NpgsqlConnection connection, string sql, CancellationToken cancellationToken, params (string Name, object Value)[] parameters)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    [LoggerMessage(EventId = 30, Level = LogLevel.Information, Message = "{Target}: applied schema migration {Version} ({Description}) to schema {Schema}")]
    private static partial void LogMigrated(ILogger logger, string target, string schema, int version, string description);
}
