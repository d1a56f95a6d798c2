using ActorOrchestrator.Actors.Persistence.Sql.Settings;
using ActorOrchestrator.Actors.Persistence.Tests.Fixtures;
using Npgsql;
using Xunit.Abstractions;

namespace ActorOrchestrator.Actors.Persistence.Tests.PersistentActors;

/// <summary>
/// Persistent actors on a real PostgreSQL (a fresh schema per test), reached through a TCP proxy so that the database can
/// really go away: the proxy cuts every connection and refuses new ones, then comes back.
/// </summary>
public sealed class PostgresPersistentActorSpec : PersistentActorSpec, IClassFixture<PostgresDatabaseFixture>
{
    private readonly PostgresDatabaseFixture _database;
    private readonly string _schema = $"t_{Guid.NewGuid():N}"[..20];
    private readonly TcpProxy _proxy;

    public PostgresPersistentActorSpec(PostgresDatabaseFixture database, ITestOutputHelper output) : base(output)
    {
        _database = database;
        var server = new NpgsqlConnectionStringBuilder(database.ConnectionString);
        _proxy = new TcpProxy(server.Host!, server.Port);
        _proxy.Start();
    }

    protected override string DataDirectory => Path.GetTempPath();

    protected override SqlPersistenceSettings StoreSettings() => SqlPersistenceSettings.Default with
    {
        Provider = PersistenceProvider.PostgreSql,
        PostgreSql = new PostgresSettings
        {
            ConnectionString = new NpgsqlConnectionStringBuilder(_database.ConnectionString) { Host = "127.0.0.1", Port = _proxy.Port }.ToString(),
            Schema = _schema,
            ConnectTimeout = TimeSpan.FromSeconds(2),
        },
    };

    protected override async Task ExecuteRawAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(_database.ConnectionStringFor(_schema));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    protected override Task CutStoreAsync() => _proxy.StopAsync();

    protected override Task RestoreStoreAsync()
    {
        _proxy.Start();
        return Task.CompletedTask;
    }

    protected override async Task DisposeStoreAccessAsync() => await _proxy.DisposeAsync();
}
