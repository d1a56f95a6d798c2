using ActorOrchestrator.Actors.Persistence.Sql.Settings;
using ActorOrchestrator.Actors.Persistence.Tests.Fixtures;
using Xunit.Abstractions;

namespace ActorOrchestrator.Actors.Persistence.Tests.PersistentActors;

public sealed class SqliteCrashSpec(TempDirectoryFixture directory, ITestOutputHelper output) : CrashSpec(output), IClassFixture<TempDirectoryFixture>
{
    private readonly string _file = $"crash-{Guid.NewGuid():N}.db";

    protected override string DataDirectory => directory.Path;

    protected override string[] NodeArguments() => ["sqlite", directory.Path, _file];

    protected override SqlPersistenceSettings StoreSettings() => SqlPersistenceSettings.Default with
    {
        Provider = PersistenceProvider.Sqlite,
        Sqlite = new SqliteSettings { File = _file },
    };
}
