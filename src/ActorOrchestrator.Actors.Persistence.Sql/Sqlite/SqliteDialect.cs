using ActorOrchestrator.Actors.Persistence.Sql.Common;
using ActorOrchestrator.Actors.Persistence.Sql.Settings;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace ActorOrchestrator.Actors.Persistence.Sql.Sqlite;

/// <summary>
/// The embedded store: one SQLite file in WAL mode. One dedicated connection writes (SQLite has one writer at a time
/// anyway); reads use pooled connections and run beside it. <c>synchronous</c> is FULL by default: in WAL mode that
/// syncs the log at every commit, so an acknowledged event survives a power loss, and group commit pays that sync once
/// per batch; NORMAL (configurable) survives only a process crash. Every read sees a gap-free prefix of the journal in
/// commit order (one writer at a time, orderings taken inside its transaction), so readers need no frontier.
/// </summary>
internal sealed partial class SqliteDialect : ISqlDialect, ICommitOrderEventReader
{
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;

    private readonly string _connectionString;
    private readonly SqliteSettings _settings;
    private readonly ILogger _logger;
    private SqliteConnection? _writer;
    private SqliteInserts? _inserts;

    public SqliteDialect(string path, SqliteSettings settings, ILogger logger)
    {
        Path = path;
        _settings = settings;
        _logger = logger;
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
            DefaultTimeout = Math.Max(1, (int)Math.Ceiling(settings.BusyTimeout.TotalSeconds)),
        }.ToString();
        Target = $"SQLite {path}";
    }

    public string Path { get; }

    public string Target { get; }

    public int MaxConcurrentBatches => 1;

    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        var directory = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(Path));
        if (directory is not null)
        {
            Directory.CreateDirectory(directory);
        }
        var writer = new SqliteConnection(_connectionString);
        try
        {
            await writer.OpenAsync(cancellationToken).ConfigureAwait(false);
            Execute(writer, "PRAGMA journal_mode = WAL");
            Execute(writer, $"PRAGMA synchronous = {(_settings.Synchronous == SqliteSynchronous.Full ? "FULL" : "NORMAL")}");
            Migrate(writer);
        }
        catch
        {
            await writer.DisposeAsync().ConfigureAwait(false);
            throw;
        }
        _writer = writer;
    }

    public bool IsTransient(Exception exception) => exception is SqliteException { SqliteErrorCode: SqliteBusy or SqliteLocked };

    public async ValueTask DisposeAsync()
    {
        _inserts?.Dispose();
        if (_writer is not null)
        {
            // Close the pooled reader connections too, so the file is released when the store is.
            SqliteConnection.ClearPool(_writer);
            await _writer.DisposeAsync().ConfigureAwait(false);
        }
    }

    private SqliteConnection Writer => _writer ?? throw new InvalidOperationException($"{Target} is not open.");

    private async Task<SqliteConnection> OpenReaderAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        return connection;
    }

    private void Migrate(SqliteConnection connection)
    {
        Execute(connection, SqliteSchema.VersionTable);
        using var transaction = connection.BeginTransaction(deferred: false);
        using var read = connection.CreateCommand();
        read.Transaction = transaction;
        read.CommandText = "SELECT COALESCE(MAX(version), 0) FROM schema_version";
        var current = Convert.ToInt32(read.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
        var latest = SqliteSchema.Migrations[^1].Version;
        if (current > latest)
        {
            throw new PersistenceUnavailableException(Target,
                $"{Target} has schema version {current}, newer than this build understands ({latest}); run a newer ao against it.");
        }
        foreach (var migration in SqliteSchema.Migrations.Where(m => m.Version > current))
        {
            using var apply = connection.CreateCommand();
            apply.Transaction = transaction;
            apply.CommandText = migration.Sql;
            apply.ExecuteNonQuery();
            apply.CommandText = "INSERT INTO schema_version (version, description, applied_at) VALUES (@v, @d, @t)";
            apply.Parameters.AddWithValue("@v", migration.Version);
            apply.Parameters.AddWithValue("@d", migration.Description);
            apply.Parameters.AddWithValue("@t", DateTimeOffset.UtcNow.ToUnixTimeMilliseconds());
            apply.ExecuteNonQuery();
            LogMigrated(_logger, Target, migration.Version, migration.Description);
        }
        transaction.Commit();
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    [LoggerMessage(EventId = 10, Level = LogLevel.Information, Message = "{Target}: applied schema migration {Version} ({Description})")]
    private static partial void LogMigrated(ILogger logger, string target, int version, string description);
}
