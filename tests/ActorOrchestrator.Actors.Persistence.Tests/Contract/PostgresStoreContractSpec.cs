using System.Net;
using System.Net.Sockets;
using ActorOrchestrator.Actors.Persistence.Sql.Settings;
using ActorOrchestrator.Actors.Persistence.Tests.Fixtures;
using Npgsql;

namespace ActorOrchestrator.Actors.Persistence.Tests.Contract;

/// <summary>The contract against a real PostgreSQL: a fresh database for the class, a fresh schema per test.</summary>
public sealed class PostgresStoreContractSpec(PostgresDatabaseFixture database) : StoreContractSpec, IClassFixture<PostgresDatabaseFixture>
{
    private readonly string _schema = $"t_{Guid.NewGuid():N}"[..20];
    protected override string DataDirectory => Path.GetTempPath();

    protected override bool RetriesUnreachableStore => true;

    protected override SqlPersistenceSettings BaseSettings() => SqlPersistenceSettings.Default with
    {
        Provider = PersistenceProvider.PostgreSql,
        PostgreSql = new PostgresSettings { ConnectionString = database.ConnectionString, Schema = _schema },
    };

    protected override async Task ExecuteRawAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(database.ConnectionStringFor(_schema));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    protected override async Task InstallFailingWriteAsync(string marker)
    {
        await (await OpenAsync()).DisposeAsync();
        await ExecuteRawAsync($"""
            CREATE FUNCTION fail_marked_events() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN RAISE EXCEPTION 'marked event refused at commit by test trigger'; END $$;
            CREATE CONSTRAINT TRIGGER fail_marked_events AFTER INSERT ON journal DEFERRABLE INITIALLY DEFERRED
                FOR EACH ROW WHEN (NEW.payload LIKE '%{marker}%') EXECUTE FUNCTION fail_marked_events();
            """);
    }

    protected override (SqlPersistenceSettings Settings, string Target) UnreachableStore(string secret)
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        var settings = BaseSettings() with
        {
            PostgreSql = new PostgresSettings { ConnectionString = $"Host=127.0.0.1;Port={port};Database=nowhere;Username=ao;Password={secret}" },
            Startup = new StartupSettings { MinBackoff = TimeSpan.FromMilliseconds(100), MaxBackoff = TimeSpan.FromMilliseconds(400), Timeout = TimeSpan.FromSeconds(2) },
        };
        return (settings, $"127.0.0.1:{port}/nowhere");
    }
}
