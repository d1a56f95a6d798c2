using ActorOrchestrator.Actors.Persistence.Journal;
using ActorOrchestrator.Actors.Persistence.Sql.Settings;
using ActorOrchestrator.Actors.Persistence.Tests.Fixtures;

namespace ActorOrchestrator.Actors.Persistence.Tests.Contract;

public abstract partial class StoreContractSpec
{
    private static SqlPersistenceSettings OneTransactionAtATime(SqlPersistenceSettings s) =>
        s with { GroupCommit = s.GroupCommit with { MaxConcurrentBatches = 1 } };

    /// <summary>
    /// Starts an atomic write larger than a batch, which goes alone and takes a while: writes submitted right after it
    /// queue up and then share the next transaction.
    /// </summary>
    private static Task KeepWriterBusy(IJournal journal) => journal.WriteMessagesAsync(
        [new AtomicWrite(Enumerable.Range(1, 5_000).Select(seq => Event("cart/blocker", seq)).ToList())], CancellationToken.None);

    [Fact]
    public async Task Every_acknowledged_write_is_already_readable_by_another_store_on_the_same_database()
    {
        var writer = await OpenAsync(s => s with { GroupCommit = s.GroupCommit with { MaxBatchSize = 64 } });
        var reader = await OpenAsync();

        var checks = Enumerable.Range(0, 400).Select(async i =>
        {
            var pid = $"cart/{i}";
            await writer.Journal.WriteMessagesAsync([new AtomicWrite([Event(pid, 1), Event(pid, 2)])], CancellationToken.None);
            return await reader.Journal.ReadHighestSequenceNrAsync(pid, 0, CancellationToken.None);
        });

        Assert.All(await Task.WhenAll(checks), highest => Assert.Equal(2, highest));
    }

    [Fact]
    public async Task A_transaction_that_fails_acknowledges_none_of_its_writes_and_later_writes_go_on()
    {
        await InstallFailingWriteAsync("poison");
        var store = await OpenAsync(OneTransactionAtATime);

        var blocker = KeepWriterBusy(store.Journal);
        var poisoned = store.Journal.WriteMessagesAsync([new AtomicWrite(Event("cart/poisoned", 1, new ItemAdded("poison", 1)))], CancellationToken.None);
        var sameBatch = Enumerable.Range(0, 5)
            .Select(i => store.Journal.WriteMessagesAsync([new AtomicWrite(Event($"cart/{i}", 1))], CancellationToken.None))
            .ToList();

        await blocker;
        var failure = await Assert.ThrowsAsync<JournalWriteException>(() => poisoned);
        Assert.Contains(store.Target, failure.Message);
        foreach (var write in sameBatch)
        {
            await Assert.ThrowsAsync<JournalWriteException>(() => write);
        }
        Assert.Empty(await ReplayAsync(store.Journal, "cart/poisoned"));
        Assert.Empty(await ReplayAsync(store.Journal, "cart/0"));
        await WriteAsync(store.Journal, "cart/0", 1, 1);
        Assert.Single(await ReplayAsync(store.Journal, "cart/0"));
    }

    [Fact]
    public async Task Many_concurrent_writers_are_all_stored_exactly_once()
    {
        var store = await OpenAsync(s => s with { GroupCommit = s.GroupCommit with { MaxBatchSize = 50 } });

        await Task.WhenAll(Enumerable.Range(0, 100).Select(async writer =>
        {
            for (var seq = 1; seq <= 10; seq++)
            {
                await store.Journal.WriteMessagesAsync([new AtomicWrite(Event($"cart/{writer}", seq))], CancellationToken.None);
            }
        }));

        var all = await ToListAsync(store.Queries.CurrentAllEvents(0, CancellationToken.None));
        Assert.Equal(1000, all.Count);
        Assert.Equal(1000, all.Select(e => (e.PersistenceId, e.SequenceNr)).Distinct().Count());
    }
}
