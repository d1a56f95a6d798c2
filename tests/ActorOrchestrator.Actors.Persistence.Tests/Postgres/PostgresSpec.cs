using ActorOrchestrator.Actors.Persistence.Sql;
using ActorOrchestrator.Actors.Persistence.Sql.Settings;
using ActorOrchestrator.Actors.Persistence.Tests.Fixtures;
using Npgsql;

namespace ActorOrchestrator.Actors.Persistence.Tests.Postgres;

/// <summary>PostgreSQL-only specs: a fresh schema per test in the class's fresh database, and raw connections beside the store.</summary>
public abstract class PostgresSpec(PostgresDatabaseFixture database) : IClassFixture<PostgresDatabaseFixture>, IAsyncLifetime
{
    protected static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    private readonly List<IPersistenceStore> _opened = [];
    private readonly List<NpgsqlConnection> _connections = [];

    protected string Schema { get; } = $"t_{Guid.NewGuid():N}"[..20];

    protected PostgresDatabaseFixture Database => database;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var store in _opened)
        {
            await store.DisposeAsync();
        }
        foreach (var connection in _connections)
        {
            await connection.DisposeAsync();
        }
    }

    protected SqlPersistenceSettings Settings(string? connectionString = null) => SqlPersistenceSettings.Default with
    {
        Provider = PersistenceProvider.PostgreSql,
        PostgreSql = new PostgresSettings { ConnectionString = connectionString ?? database.ConnectionString, Schema = Schema },
        Query = new QuerySettings { PollInterval = TimeSpan.FromMilliseconds(5), BatchSize = 50 },
    };

    protected async Task<IPersistenceStore> OpenAsync(SqlPersistenceSettings? settings = null)
    {
        var store = await SqlPersistence.OpenAsync(settings ?? Settings(), Path.GetTempPath(), TestRegistry.Create(), null, null, CancellationToken.None);
        _opened.Add(store);
        return store;
    }

    /// <summary>A plain connection to this test's schema, as another program (or a psql user) would hold one.</summary>
    protected async Task<NpgsqlConnection> ConnectAsync()
    {
        var connection = new NpgsqlConnection(database.ConnectionStringFor(Schema));
        await connection.OpenAsync();
        _connections.Add(connection);
        return connection;
    }

    /// <summary>Inserts one event with plain SQL inside the connection's current transaction (tagged 'raw') and returns its ordering.</summary>
    protected static async Task<long> InsertRawAsync(NpgsqlConnection connection, string persistenceId, long sequenceNr)
    {
        await using var command = new NpgsqlCommand("""
            WITH e AS (
                INSERT INTO journal (persistence_id, sequence_nr, manifest, payload, tags, timestamp, writer_id)
                VALUES (@pid, @seq, 'ItemAdded.v1', '{"name":"raw","quantity":1}', 'raw', 0, 'psql')
                RETURNING ordering
            ), t AS (INSERT INTO event_tag (tag, ordering) SELECT 'raw', ordering FROM e)
            SELECT ordering FROM e
            """, connection);
        command.Parameters.AddWithValue("@pid", persistenceId);
        command.Parameters.AddWithValue("@seq", sequenceNr);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    protected static async Task ExecuteAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
