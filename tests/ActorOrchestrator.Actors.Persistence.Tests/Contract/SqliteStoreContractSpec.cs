using ActorOrchestrator.Actors.Persistence.Sql.Settings;
using ActorOrchestrator.Actors.Persistence.Tests.Fixtures;
using Microsoft.Data.Sqlite;

namespace ActorOrchestrator.Actors.Persistence.Tests.Contract;

/// <summary>The contract against real SQLite files: one per test, in a temporary data dir.</summary>
public sealed class SqliteStoreContractSpec(TempDirectoryFixture directory) : StoreContractSpec, IClassFixture<TempDirectoryFixture>
{
    private readonly string _file = $"journal-{Guid.NewGuid():N}.db";

    protected override string DataDirectory => directory.Path;

    protected override bool RetriesUnreachableStore => false;

    protected override SqlPersistenceSettings BaseSettings() => SqlPersistenceSettings.Default with
    {
        Provider = PersistenceProvider.Sqlite,
        Sqlite = new SqliteSettings { File = _file },
    };

    protected override async Task ExecuteRawAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(directory.Path, _file)};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    protected override async Task InstallFailingWriteAsync(string marker)
    {
        await (await OpenAsync()).DisposeAsync();
        await ExecuteRawAsync($"""
            CREATE TRIGGER fail_marked_events BEFORE INSERT ON journal WHEN NEW.payload LIKE '%{marker}%'
            BEGIN SELECT RAISE(ABORT, 'marked event refused by test trigger'); END
            """);
    }

    protected override (SqlPersistenceSettings Settings, string Target) UnreachableStore(string secret)
    {
        var notADirectory = Path.Combine(directory.Path, $"plain-file-{Guid.NewGuid():N}");
        File.WriteAllText(notADirectory, secret);
        var path = Path.Combine(notADirectory, "journal.db");
        return (BaseSettings() with { Sqlite = new SqliteSettings { File = path } }, path);
    }
}
