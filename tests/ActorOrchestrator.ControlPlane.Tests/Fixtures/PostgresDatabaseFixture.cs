using Npgsql;

namespace ActorOrchestrator.ControlPlane.Tests.Fixtures;

/// <summary>
/// A fresh PostgreSQL database for one test class, on the server named by AO_TEST_POSTGRES (set by ./build.sh test),
/// dropped afterwards. Without that variable every test of the class fails and says how to run them.
/// </summary>
public sealed class PostgresDatabaseFixture : IAsyncLifetime
{
    private const string Variable = "AO_TEST_POSTGRES";
    private string? _adminConnectionString;
    private string? _database;

    public string ConnectionString { get; private set; } = "";

    public async Task InitializeAsync()
    {
        _adminConnectionString = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrWhiteSpace(_adminConnectionString))
        {
            throw new InvalidOperationException(
                $"{Variable} is not set, so there is no PostgreSQL to test against. Run the tests with ./build.sh test: it starts a throwaway PostgreSQL on loopback and sets {Variable}.");
        }
        _database = "ao_readmodel_" + Guid.NewGuid().ToString("N")[..16];
        await using var admin = new NpgsqlConnection(_adminConnectionString);
        await admin.OpenAsync();
        await using var create = new NpgsqlCommand($"CREATE DATABASE {_database}", admin);
        await create.ExecuteNonQueryAsync();
        ConnectionString = new NpgsqlConnectionStringBuilder(_adminConnectionString) { Database = _database }.ToString();
    }

    public async Task DisposeAsync()
    {
        if (_database is null)
        {
            return;
        }
        NpgsqlConnection.ClearAllPools();
        await using var admin = new NpgsqlConnection(_adminConnectionString);
        await admin.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_database} WITH (FORCE)", admin);
        await drop.ExecuteNonQueryAsync();
    }
}
