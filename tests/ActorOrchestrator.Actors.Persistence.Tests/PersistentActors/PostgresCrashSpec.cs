using ActorOrchestrator.Actors.Persistence.Sql.Settings;
using ActorOrchestrator.Actors.Persistence.Tests.Fixtures;
using Xunit.Abstractions;

namespace ActorOrchestrator.Actors.Persistence.Tests.PersistentActors;

public sealed class PostgresCrashSpec(PostgresDatabaseFixture database, ITestOutputHelper output) : CrashSpec(output), IClassFixture<PostgresDatabaseFixture>
{
    private readonly string _schema = $"t_{Guid.NewGuid():N}"[..20];

    protected override string DataDirectory => Path.GetTempPath();

    protected override string[] NodeArguments() => ["postgresql", database.ConnectionString, _schema];

    protected override SqlPersistenceSettings StoreSettings() => SqlPersistenceSettings.Default with
    {
        Provider = PersistenceProvider.PostgreSql,
        PostgreSql = new PostgresSettings { ConnectionString = database.ConnectionString, Schema = _schema },
    };
}
