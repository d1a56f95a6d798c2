using ActorOrchestrator.Actors.Persistence.Journal;
using ActorOrchestrator.Actors.Persistence.Query;
using ActorOrchestrator.Actors.Persistence.Serialization;
using ActorOrchestrator.Actors.Persistence.Sql;
using ActorOrchestrator.Actors.Persistence.Sql.Settings;
using ActorOrchestrator.Actors.Persistence.Tests.Fixtures;

namespace ActorOrchestrator.Actors.Persistence.Tests.Contract;

/// <summary>
/// The one contract every store passes: each test gets a store of its own (a fresh SQLite file, or a fresh PostgreSQL
/// schema in the class's fresh database) and checks what a user of the journal, snapshot store and query side would notice.
/// </summary>
public abstract partial class StoreContractSpec : IAsyncLifetime
{
    /// <summary>How long to wait for something that should happen promptly; generous for slow CI machines.</summary>
    protected static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    private readonly List<IPersistenceStore> _opened = [];

    /// <summary>Settings that open this test's own store.</summary>
    protected abstract SqlPersistenceSettings BaseSettings();

    /// <summary>The node data dir the SQLite file is resolved against.</summary>
    protected abstract string DataDirectory { get; }

    /// <summary>Runs raw SQL against this test's store (unqualified table names).</summary>
    protected abstract Task ExecuteRawAsync(string sql);

    /// <summary>Makes every transaction that stores an event whose payload contains <paramref name="marker"/> fail.</summary>
    protected abstract Task InstallFailingWriteAsync(string marker);

    /// <summary>Settings pointing at a store that cannot be reached or opened, the target text the error must name, and a secret it must not.</summary>
    protected abstract (SqlPersistenceSettings Settings, string Target) UnreachableStore(string secret);

    /// <summary>Whether opening the unreachable store is retried with back-off before failing (a network database) or fails at once (a bad file path).</summary>
    protected abstract bool RetriesUnreachableStore { get; }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var store in _opened)
        {
            await store.DisposeAsync();
        }
    }

    protected async Task<IPersistenceStore> OpenAsync(
        Func<SqlPersistenceSettings, SqlPersistenceSettings>? adjust = null, EventTypeRegistry? registry = null)
    {
        var settings = BaseSettings();
        if (adjust is not null)
        {
            settings = adjust(settings);
        }
        var store = await SqlPersistence.OpenAsync(settings, DataDirectory, registry ?? TestRegistry.Create(), null, null, CancellationToken.None);
        _opened.Add(store);
        return store;
    }

    protected static PersistentEvent Event(string persistenceId, long sequenceNr, object? payload = null, params string[] tags) =>
        new(persistenceId, sequenceNr, payload ?? new ItemAdded($"item-{sequenceNr}", (int)sequenceNr), "writer-1", tags.Length == 0 ? null : tags);

    /// <summary>Writes events <paramref name="from"/>.. of one entity, one atomic write each, in one call; returns their orderings.</summary>
    protected static async Task<IReadOnlyList<long>> WriteAsync(IJournal journal, string persistenceId, long from, int count, params string[] tags)
    {
        var writes = Enumerable.Range(0, count).Select(i => new AtomicWrite(Event(persistenceId, from + i, tags: tags))).ToList();
        var results = await journal.WriteMessagesAsync(writes, CancellationToken.None);
        Assert.All(results, r => Assert.False(r.IsRejected, r.Rejection?.Message));
        return results.SelectMany(r => r.Orderings).ToList();
    }

    protected static async Task<List<EventEnvelope>> ReplayAsync(
        IJournal journal, string persistenceId, long from = 1, long to = long.MaxValue, long max = long.MaxValue)
    {
        var events = new List<EventEnvelope>();
        await journal.ReplayMessagesAsync(persistenceId, from, to, max, events.Add, CancellationToken.None);
        return events;
    }

    protected static async Task<List<EventEnvelope>> ToListAsync(IAsyncEnumerable<EventEnvelope> stream)
    {
        using var timeout = new CancellationTokenSource(Patience);
        var events = new List<EventEnvelope>();
        await foreach (var e in stream.WithCancellation(timeout.Token))
        {
            events.Add(e);
        }
        return events;
    }

    /// <summary>
    /// Reads the next <paramref name="count"/> events of a live stream opened with a token from <see cref="LiveToken"/>;
    /// fails, saying how many came, if they do not come in time.
    /// </summary>
    protected static async Task<List<EventEnvelope>> TakeAsync(IAsyncEnumerator<EventEnvelope> stream, int count)
    {
        var events = new List<EventEnvelope>();
        try
        {
            while (events.Count < count)
            {
                Assert.True(await stream.MoveNextAsync(), "The live stream ended.");
                events.Add(stream.Current);
            }
        }
        catch (OperationCanceledException)
        {
            Assert.Fail($"Only {events.Count} of {count} events arrived in time.");
        }
        return events;
    }

    /// <summary>A token that ends a live stream after <see cref="Patience"/>.</summary>
    protected static CancellationToken LiveToken() => new CancellationTokenSource(Patience).Token;
}
