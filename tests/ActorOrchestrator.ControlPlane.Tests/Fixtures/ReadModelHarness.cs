using ActorOrchestrator.Actors.Persistence;
using ActorOrchestrator.Actors.Persistence.Serialization;
using ActorOrchestrator.Actors.Persistence.Sql;
using ActorOrchestrator.Actors.Persistence.Sql.Settings;
using ActorOrchestrator.ControlPlane.Events;
using ActorOrchestrator.ControlPlane.ReadModel;

namespace ActorOrchestrator.ControlPlane.Tests.Fixtures;

/// <summary>
/// A real journal (a SQLite file in a fresh data dir, or a fresh schema in a PostgreSQL database), a writer acting as
/// the entities, and projections over it; everything is disposed with the harness.
/// </summary>
internal sealed class ReadModelHarness : IAsyncDisposable
{
    /// <summary>How long to wait for something that should happen promptly; generous for slow CI machines.</summary>
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    public static readonly EventTypeRegistry Registry =
        ResourceEvents.Register(new EventTypeRegistryBuilder()).Add<UnrelatedEvent>("UnrelatedEvent.v1").Build();

    private readonly SqlPersistenceSettings _storeSettings;
    private readonly List<ResourceProjection> _projections = [];

    private ReadModelHarness(SqlPersistenceSettings storeSettings, IPersistenceStore store, string dataDirectory)
    {
        _storeSettings = storeSettings;
        Store = store;
        DataDirectory = dataDirectory;
        Writer = new EntityWriter(store.Journal);
    }

    public string DataDirectory { get; }

    public IPersistenceStore Store { get; private set; }

    public EntityWriter Writer { get; private set; }

    public ListLoggerProvider Logs { get; } = new();

    public static async Task<ReadModelHarness> SqliteAsync()
    {
        var directory = Directory.CreateTempSubdirectory("ao-readmodel-test-").FullName;
        var settings = SqlPersistenceSettings.Default with { Sqlite = new SqliteSettings { File = "journal.db" } };
        return new ReadModelHarness(settings, await OpenAsync(settings, directory), directory);
    }

    public static async Task<ReadModelHarness> PostgresAsync(string connectionString)
    {
        var directory = Directory.CreateTempSubdirectory("ao-readmodel-test-").FullName;
        var settings = SqlPersistenceSettings.Default with
        {
            Provider = PersistenceProvider.PostgreSql,
            PostgreSql = new PostgresSettings { ConnectionString = connectionString, Schema = $"t_{Guid.NewGuid():N}"[..20] },
        };
        return new ReadModelHarness(settings, await OpenAsync(settings, directory), directory);
    }

    /// <summary>Settings for tests: small, so that windows and checkpoints are exercised with few events.</summary>
    public static ReadModelSettings Settings(Func<ReadModelSettings, ReadModelSettings>? adjust = null)
    {
        var settings = ReadModelSettings.Default with { ResourceVersionWaitTimeout = TimeSpan.FromSeconds(10) };
        return adjust is null ? settings : adjust(settings);
    }

    /// <summary>Starts a projection over this journal with the checkpoint in this data dir; returns once it has caught up.</summary>
    public async Task<ResourceProjection> StartProjectionAsync(
        Func<ReadModelSettings, ReadModelSettings>? adjust = null, TimeProvider? timeProvider = null)
    {
        var projection = new ResourceProjection(Settings(adjust), Store.Queries, DataDirectory, Logs, timeProvider);
        _projections.Add(projection);
        await projection.StartAsync(CancellationToken.None).WaitAsync(Patience);
        return projection;
    }

    /// <summary>Closes and reopens the journal, as a restarted member would.</summary>
    public async Task ReopenStoreAsync()
    {
        foreach (var projection in _projections)
        {
            await projection.DisposeAsync();
        }
        _projections.Clear();
        await Store.DisposeAsync();
        Store = await OpenAsync(_storeSettings, DataDirectory);
        var previous = Writer;
        Writer = previous.On(Store.Journal);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var projection in _projections)
        {
            await projection.DisposeAsync();
        }
        await Store.DisposeAsync();
        Directory.Delete(DataDirectory, recursive: true);
    }

    private static Task<IPersistenceStore> OpenAsync(SqlPersistenceSettings settings, string directory) =>
        SqlPersistence.OpenAsync(settings, directory, Registry, null, null, CancellationToken.None);
}
