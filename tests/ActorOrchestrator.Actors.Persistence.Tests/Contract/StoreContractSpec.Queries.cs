using ActorOrchestrator.Actors.Persistence.Journal;
using ActorOrchestrator.Actors.Persistence.Sql.Settings;

namespace ActorOrchestrator.Actors.Persistence.Tests.Contract;

public abstract partial class StoreContractSpec
{
    private static SqlPersistenceSettings PollRarely(SqlPersistenceSettings s) => s with { Query = s.Query with { PollInterval = TimeSpan.FromHours(1) } };

    [Fact]
    public async Task Current_events_by_persistence_id_deliver_the_stored_range_and_end()
    {
        var store = await OpenAsync(s => s with { Query = s.Query with { BatchSize = 3 } });
        await WriteAsync(store.Journal, "cart/a", 1, 8);
        await WriteAsync(store.Journal, "cart/b", 1, 2);

        var all = await ToListAsync(store.Queries.CurrentEventsByPersistenceId("cart/a", 1, long.MaxValue, CancellationToken.None));
        var middle = await ToListAsync(store.Queries.CurrentEventsByPersistenceId("cart/a", 3, 6, CancellationToken.None));

        Assert.Equal(Enumerable.Range(1, 8).Select(i => (long)i), all.Select(e => e.SequenceNr));
        Assert.Equal([3L, 4L, 5L, 6L], middle.Select(e => e.SequenceNr));
    }

    [Fact]
    public async Task Current_events_by_tag_start_after_the_offset_and_end()
    {
        var store = await OpenAsync(s => s with { Query = s.Query with { BatchSize = 2 } });
        var red = await WriteAsync(store.Journal, "cart/a", 1, 3, "red");
        await WriteAsync(store.Journal, "cart/b", 1, 2, "blue");
        var redAndBlue = await WriteAsync(store.Journal, "cart/c", 1, 2, "red", "blue");

        var fromStart = await ToListAsync(store.Queries.CurrentEventsByTag("red", 0, CancellationToken.None));
        var afterFirst = await ToListAsync(store.Queries.CurrentEventsByTag("red", red[0], CancellationToken.None));

        Assert.Equal(red.Concat(redAndBlue), fromStart.Select(e => e.Ordering));
        Assert.Equal(red.Skip(1).Concat(redAndBlue), afterFirst.Select(e => e.Ordering));
        Assert.Empty(await ToListAsync(store.Queries.CurrentEventsByTag("green", 0, CancellationToken.None)));
    }

    [Fact]
    public async Task Current_all_events_deliver_in_ordering_order_without_deleted_events()
    {
        var store = await OpenAsync(s => s with { Query = s.Query with { BatchSize = 4 } });
        var a = await WriteAsync(store.Journal, "cart/a", 1, 5);
        var b = await WriteAsync(store.Journal, "cart/b", 1, 5, "blue");
        await store.Journal.DeleteMessagesToAsync("cart/b", 2, CancellationToken.None);

        var all = await ToListAsync(store.Queries.CurrentAllEvents(0, CancellationToken.None));
        var fromOffset = await ToListAsync(store.Queries.CurrentAllEvents(a[^1], CancellationToken.None));
        var blue = await ToListAsync(store.Queries.CurrentEventsByTag("blue", 0, CancellationToken.None));

        Assert.Equal(a.Concat(b.Skip(2)), all.Select(e => e.Ordering));
        Assert.Equal(b.Skip(2), fromOffset.Select(e => e.Ordering));
        Assert.Equal(b.Skip(2), blue.Select(e => e.Ordering));
    }

    [Fact]
    public async Task Live_queries_are_woken_at_once_by_writes_of_the_same_process()
    {
        var store = await OpenAsync(PollRarely);
        await WriteAsync(store.Journal, "cart/a", 1, 1, "red");
        await using var all = store.Queries.AllEvents(0, LiveToken()).GetAsyncEnumerator();
        await using var byTag = store.Queries.EventsByTag("red", 0, LiveToken()).GetAsyncEnumerator();
        await using var byId = store.Queries.EventsByPersistenceId("cart/a", 1, long.MaxValue, LiveToken()).GetAsyncEnumerator();
        Assert.Single(await TakeAsync(all, 1));
        Assert.Single(await TakeAsync(byTag, 1));
        Assert.Single(await TakeAsync(byId, 1));

        var written = await WriteAsync(store.Journal, "cart/a", 2, 2, "red");

        // The poll interval is an hour: only the local wake-up can deliver these in time.
        Assert.Equal(written, (await TakeAsync(all, 2)).Select(e => e.Ordering));
        Assert.Equal(written, (await TakeAsync(byTag, 2)).Select(e => e.Ordering));
        Assert.Equal([2L, 3L], (await TakeAsync(byId, 2)).Select(e => e.SequenceNr));
    }

    [Fact]
    public async Task Live_events_by_persistence_id_end_once_the_last_requested_event_is_delivered()
    {
        var store = await OpenAsync(PollRarely);
        var stream = store.Queries.EventsByPersistenceId("cart/a", 2, 3, LiveToken());
        var reading = ToListAsync(stream);

        await WriteAsync(store.Journal, "cart/a", 1, 4);

        Assert.Equal([2L, 3L], (await reading).Select(e => e.SequenceNr));
    }

    [Fact]
    public async Task Live_all_events_see_writes_of_another_store_by_polling()
    {
        var reader = await OpenAsync(s => s with { Query = s.Query with { PollInterval = TimeSpan.FromMilliseconds(20) } });
        var writer = await OpenAsync();
        await using var live = reader.Queries.AllEvents(0, LiveToken()).GetAsyncEnumerator();

        var written = await WriteAsync(writer.Journal, "cart/a", 1, 3);

        Assert.Equal(written, (await TakeAsync(live, 3)).Select(e => e.Ordering));
    }

    [Fact]
    public async Task A_live_reader_never_skips_or_repeats_while_two_stores_write_concurrently()
    {
        var reader = await OpenAsync(s => s with { Query = s.Query with { PollInterval = TimeSpan.FromMilliseconds(5), BatchSize = 37 } });
        var writers = new[]
        {
            await OpenAsync(s => s with { GroupCommit = s.GroupCommit with { MaxBatchSize = 16 } }),
            await OpenAsync(s => s with { GroupCommit = s.GroupCommit with { MaxBatchSize = 16 } }),
        };
        const int entities = 40;
        const int eventsEach = 25;
        await using var live = reader.Queries.AllEvents(0, LiveToken()).GetAsyncEnumerator();

        var writing = Task.WhenAll(Enumerable.Range(0, entities).Select(async entity =>
        {
            var journal = writers[entity % 2].Journal;
            for (var seq = 1; seq <= eventsEach; seq++)
            {
                await journal.WriteMessagesAsync([new AtomicWrite(Event($"cart/{entity}", seq))], CancellationToken.None);
            }
        }));
        var delivered = await TakeAsync(live, entities * eventsEach);
        await writing;

        var orderings = delivered.Select(e => e.Ordering).ToList();
        Assert.Equal(orderings.Order(), orderings);
        Assert.Equal(orderings.Count, orderings.Distinct().Count());
        var stored = await ToListAsync(reader.Queries.CurrentAllEvents(0, CancellationToken.None));
        Assert.Equal(stored.Select(e => e.Ordering), orderings);
    }
}
