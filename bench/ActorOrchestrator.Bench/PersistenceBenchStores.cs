using ActorOrchestrator.Actors.Persistence;
using ActorOrchestrator.Actors.Persistence.Serialization;
using ActorOrchestrator.Actors.Persistence.Sql;
using ActorOrchestrator.Actors.Persistence.Sql.Settings;
using Npgsql;

namespace ActorOrchestrator.Bench;

/// <summary>
/// Fresh stores for the persistence benchmarks: a SQLite file in a temporary directory, or a schema in a throwaway
/// PostgreSQL database on the server named by AO_TEST_POSTGRES (which ./build.sh bench starts). Commits are durable:
/// SQLite synchronous=FULL, PostgreSQL with fsync and synchronous_commit on.
/// </summary>
internal sealed class PersistenceBenchStores : IAsyncDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("ao-bench-persistence-").FullName;
    private readonly string? _adminConnectionString = Environment.GetEnvironmentVariable("AO_TEST_POSTGRES");
    private readonly EventTypeRegistry _registry = new EventTypeRegistryBuilder().Add<PersistenceBenchEvent>("PersistenceBenchEvent.v1").Build();
    private string? _database;
    private int _next;

    public bool HasPostgres => !string.IsNullOrWhiteSpace(_adminConnectionString);

    public async Task<IPersistenceStore> OpenAsync(PersistenceProvider provider, Func<SqlPersistenceSettings, SqlPersistenceSettings>? adjust = null)
    {
        var name = $"run{Interlocked.Increment(ref _next)}";
        var settings = provider == PersistenceProvider.Sqlite
            ? SqlPersistenceSettings.Default with { Sqlite = new SqliteSettings { File = $"{name}.db" } }
            : SqlPersistenceSettings.Default with
            {
                Provider = PersistenceProvider.PostgreSql,
                PostgreSql = new PostgresSettings { ConnectionString = await DatabaseAsync(), Schema = name, MaxPoolSize = 20 },
            };
        if (adjust is not null)
        {
            settings = adjust(settings);
        }
        return await SqlPersistence.OpenAsync(settings, _directory, _registry, null, null, CancellationToken.None);
    }

    public async ValueTask DisposeAsync()
    {
        Directory.Delete(_directory, recursive: true);
        if (_database is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var admin = new NpgsqlConnection(_adminConnectionString);
            await admin.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_database} WITH (FORCE)", admin);
            await drop.ExecuteNonQueryAsync();
        }
    }

    private async Task<string> DatabaseAsync()
    {
        if (_database is null)
        {
            _database = $"ao_bench_{Guid.NewGuid():N}"[..24];
            await using var admin = new NpgsqlConnection(_adminConnectionString);
            await admin.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {_database}", admin);
            await create.ExecuteNonQueryAsync();
        }
        return new NpgsqlConnectionStringBuilder(_adminConnectionString) { Database = _database }.ToString();
    }
}
