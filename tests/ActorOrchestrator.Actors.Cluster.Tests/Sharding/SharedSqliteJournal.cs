using ActorOrchestrator.Actors.Cluster.Sharding;
using ActorOrchestrator.Actors.Persistence;
using ActorOrchestrator.Actors.Persistence.Query;
using ActorOrchestrator.Actors.Persistence.Serialization;
using ActorOrchestrator.Actors.Persistence.Sql;
using ActorOrchestrator.Actors.Persistence.Sql.Settings;

namespace ActorOrchestrator.Actors.Cluster.Tests.Sharding;

/// <summary>One SQLite journal file in a fresh directory, shared by every member of a spec like a shared database.</summary>
internal sealed class SharedSqliteJournal : IAsyncDisposable
{
    private readonly string _directory;

    private SharedSqliteJournal(string directory, IPersistenceStore store)
    {
        _directory = directory;
        Store = store;
    }

    public IPersistenceStore Store { get; }

    public static async Task<SharedSqliteJournal> OpenAsync()
    {
        var directory = Path.Combine(Path.GetTempPath(), "ao-sharding-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        var registry = ShardingEvents.Register(new EventTypeRegistryBuilder()).Build();
        var store = await SqlPersistence.OpenAsync(SqlPersistenceSettings.Default, directory, registry, null, null, CancellationToken.None);
        return new SharedSqliteJournal(directory, store);
    }

    public async Task<IReadOnlyList<EventEnvelope>> EventsAsync(string persistenceId)
    {
        var events = new List<EventEnvelope>();
        await Store.Journal.ReplayMessagesAsync(persistenceId, 1, long.MaxValue, long.MaxValue, events.Add, CancellationToken.None);
        return events;
    }

    public async ValueTask DisposeAsync()
    {
        await Store.DisposeAsync();
        Directory.Delete(_directory, recursive: true);
    }
}
