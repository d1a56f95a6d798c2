using ActorOrchestrator.Actors.Persistence.Sql.Settings;
using ActorOrchestrator.Actors.Persistence.Tests.Fixtures;
using Microsoft.Data.Sqlite;
using Xunit.Abstractions;

namespace ActorOrchestrator.Actors.Persistence.Tests.PersistentActors;

/// <summary>Persistent actors on a real SQLite file (one per test); the store "goes away" through a trigger refusing every insert.</summary>
public sealed class SqlitePersistentActorSpec(TempDirectoryFixture directory, ITestOutputHelper output)
    : PersistentActorSpec(output), IClassFixture<TempDirectoryFixture>
{
    private readonly string _file = $"actors-{Guid.NewGuid():N}.db";

    protected override string DataDirectory => directory.Path;

    protected override SqlPersistenceSettings StoreSettings() => SqlPersistenceSettings.Default with
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

    protected override Task CutStoreAsync() =>
        ExecuteRawAsync("CREATE TRIGGER refuse_everything BEFORE INSERT ON journal BEGIN SELECT RAISE(ABORT, 'the test cut the store'); END");

    protected override Task RestoreStoreAsync() => ExecuteRawAsync("DROP TRIGGER refuse_everything");
}
