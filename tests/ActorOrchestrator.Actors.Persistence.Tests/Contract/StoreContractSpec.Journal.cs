using ActorOrchestrator.Actors.Persistence.Journal;
using ActorOrchestrator.Actors.Persistence.Serialization;
using ActorOrchestrator.Actors.Persistence.Tests.Fixtures;

namespace ActorOrchestrator.Actors.Persistence.Tests.Contract;

public abstract partial class StoreContractSpec
{
    [Fact]
    public async Task Written_events_replay_in_sequence_order_with_manifest_tags_timestamp_and_writer()
    {
        var store = await OpenAsync();
        var before = DateTimeOffset.FromUnixTimeMilliseconds(DateTimeOffset.UtcNow.ToUnixTimeMilliseconds());
        var results = await store.Journal.WriteMessagesAsync(
        [
            new AtomicWrite(Event("cart/a", 1, new ItemAdded("apple", 3), "fruit", "cart")),
            new AtomicWrite([Event("cart/a", 2, new ItemRemoved("apple")), Event("cart/a", 3, new ItemAdded("pear", 1))]),
        ], CancellationToken.None);
        var after = DateTimeOffset.UtcNow;

        var replayed = await ReplayAsync(store.Journal, "cart/a");

        Assert.Equal([1L, 2L, 3L], replayed.Select(e => e.SequenceNr));
        Assert.Equal(new ItemAdded("apple", 3), replayed[0].Event);
        Assert.Equal(new ItemRemoved("apple"), replayed[1].Event);
        Assert.Equal(["ItemAdded.v1", "ItemRemoved.v1", "ItemAdded.v1"], replayed.Select(e => e.Manifest));
        Assert.Equal(["fruit", "cart"], replayed[0].Tags);
        Assert.Empty(replayed[1].Tags);
        Assert.All(replayed, e => Assert.Equal("cart/a", e.PersistenceId));
        Assert.All(replayed, e => Assert.Equal("writer-1", e.WriterId));
        Assert.All(replayed, e => Assert.InRange(e.Timestamp, before, after));
        Assert.Equal(results.SelectMany(r => r.Orderings), replayed.Select(e => e.Ordering));
    }

    [Fact]
    public async Task Every_stored_event_gets_a_global_ordering_that_increases_across_entities()
    {
        var store = await OpenAsync();
        var first = await WriteAsync(store.Journal, "cart/a", 1, 3);
        var second = await WriteAsync(store.Journal, "cart/b", 1, 2);
        var third = await WriteAsync(store.Journal, "cart/a", 4, 1);

        var all = first.Concat(second).Concat(third).ToList();
        Assert.Equal(all.Order(), all);
        Assert.Equal(all.Count, all.Distinct().Count());
        Assert.Equal(third, (await ReplayAsync(store.Journal, "cart/a", from: 4)).Select(e => e.Ordering));
    }

    [Fact]
    public async Task An_event_of_an_unregistered_type_rejects_its_atomic_write_and_the_other_writes_are_stored()
    {
        var store = await OpenAsync();

        var results = await store.Journal.WriteMessagesAsync(
        [
            new AtomicWrite(Event("cart/a", 1)),
            new AtomicWrite([Event("cart/b", 1), Event("cart/b", 2, new NeverRegistered("x"))]),
            new AtomicWrite(Event("cart/c", 1)),
        ], CancellationToken.None);

        Assert.False(results[0].IsRejected);
        var rejection = Assert.IsType<UnregisteredEventTypeException>(results[1].Rejection);
        Assert.Contains(nameof(NeverRegistered), rejection.Message);
        Assert.Empty(results[1].Orderings);
        Assert.False(results[2].IsRejected);
        Assert.Empty(await ReplayAsync(store.Journal, "cart/b"));
        Assert.Equal(0, await store.Journal.ReadHighestSequenceNrAsync("cart/b", 0, CancellationToken.None));
        Assert.Single(await ReplayAsync(store.Journal, "cart/a"));
        Assert.Single(await ReplayAsync(store.Journal, "cart/c"));
    }

    [Fact]
    public async Task A_taken_sequence_number_fails_only_that_callers_write_and_stores_none_of_its_events()
    {
        var store = await OpenAsync(OneTransactionAtATime);
        await WriteAsync(store.Journal, "cart/taken", 1, 1);

        var blocker = KeepWriterBusy(store.Journal);
        var stale = store.Journal.WriteMessagesAsync([new AtomicWrite([Event("cart/taken", 1), Event("cart/taken", 2)])], CancellationToken.None);
        var bystander = store.Journal.WriteMessagesAsync([new AtomicWrite([Event("cart/other", 1), Event("cart/other", 2)])], CancellationToken.None);
        var twinA = store.Journal.WriteMessagesAsync([new AtomicWrite(Event("cart/twin", 1))], CancellationToken.None);
        var twinB = store.Journal.WriteMessagesAsync([new AtomicWrite(Event("cart/twin", 1))], CancellationToken.None);

        await blocker;
        var conflict = await Assert.ThrowsAsync<SequenceNumberConflictException>(() => stale);
        Assert.Equal("cart/taken", conflict.PersistenceId);
        Assert.Equal(1, conflict.SequenceNr);
        Assert.Equal(2, (await bystander).Single().Orderings.Count);
        var twins = await Task.WhenAll(twinA.ContinueWith(t => t.IsCompletedSuccessfully), twinB.ContinueWith(t => t.IsCompletedSuccessfully));
        Assert.Single(twins, stored => stored);
        Assert.Single(await ReplayAsync(store.Journal, "cart/taken"));
        Assert.Equal(1, await store.Journal.ReadHighestSequenceNrAsync("cart/taken", 0, CancellationToken.None));
        Assert.Equal(2, (await ReplayAsync(store.Journal, "cart/other")).Count);
        Assert.Single(await ReplayAsync(store.Journal, "cart/twin"));
    }

    [Fact]
    public async Task Replay_honours_from_to_and_max()
    {
        var store = await OpenAsync();
        await WriteAsync(store.Journal, "cart/a", 1, 10);

        Assert.Equal([3L, 4L, 5L, 6L, 7L], (await ReplayAsync(store.Journal, "cart/a", from: 3, to: 7)).Select(e => e.SequenceNr));
        Assert.Equal([1L, 2L, 3L, 4L], (await ReplayAsync(store.Journal, "cart/a", max: 4)).Select(e => e.SequenceNr));
        Assert.Equal([9L, 10L], (await ReplayAsync(store.Journal, "cart/a", from: 9)).Select(e => e.SequenceNr));
        Assert.Empty(await ReplayAsync(store.Journal, "cart/a", from: 11));
        Assert.Empty(await ReplayAsync(store.Journal, "cart/nobody"));
    }

    [Fact]
    public async Task Replay_of_many_events_crosses_page_boundaries_without_loss()
    {
        var store = await OpenAsync(s => s with { ReplayBatchSize = 7 });
        await WriteAsync(store.Journal, "cart/a", 1, 50);

        Assert.Equal(Enumerable.Range(1, 50).Select(i => (long)i), (await ReplayAsync(store.Journal, "cart/a")).Select(e => e.SequenceNr));
        Assert.Equal(Enumerable.Range(5, 20).Select(i => (long)i), (await ReplayAsync(store.Journal, "cart/a", from: 5, max: 20)).Select(e => e.SequenceNr));
    }

    [Fact]
    public async Task Deleting_to_a_sequence_number_is_inclusive_and_replay_skips_the_deleted_events()
    {
        var store = await OpenAsync();
        await WriteAsync(store.Journal, "cart/a", 1, 5);

        await store.Journal.DeleteMessagesToAsync("cart/a", 3, CancellationToken.None);

        Assert.Equal([4L, 5L], (await ReplayAsync(store.Journal, "cart/a")).Select(e => e.SequenceNr));
        Assert.Equal(5, await store.Journal.ReadHighestSequenceNrAsync("cart/a", 0, CancellationToken.None));
    }

    [Fact]
    public async Task The_highest_sequence_number_survives_deleting_every_event_again_and_again()
    {
        var store = await OpenAsync();
        await WriteAsync(store.Journal, "cart/a", 1, 5);

        await store.Journal.DeleteMessagesToAsync("cart/a", long.MaxValue, CancellationToken.None);
        Assert.Empty(await ReplayAsync(store.Journal, "cart/a"));
        Assert.Equal(5, await store.Journal.ReadHighestSequenceNrAsync("cart/a", 0, CancellationToken.None));

        await WriteAsync(store.Journal, "cart/a", 6, 2);
        Assert.Equal([6L, 7L], (await ReplayAsync(store.Journal, "cart/a")).Select(e => e.SequenceNr));
        await store.Journal.DeleteMessagesToAsync("cart/a", 7, CancellationToken.None);
        Assert.Empty(await ReplayAsync(store.Journal, "cart/a"));
        Assert.Equal(7, await store.Journal.ReadHighestSequenceNrAsync("cart/a", 0, CancellationToken.None));
        var conflict = store.Journal.WriteMessagesAsync([new AtomicWrite(Event("cart/a", 7))], CancellationToken.None);
        await Assert.ThrowsAsync<SequenceNumberConflictException>(() => conflict);
    }

    [Fact]
    public async Task An_unknown_manifest_or_corrupt_payload_fails_replay_of_that_entity_by_name_while_others_replay()
    {
        var store = await OpenAsync();
        await WriteAsync(store.Journal, "cart/ghost", 1, 3);
        await WriteAsync(store.Journal, "cart/broken", 1, 2);
        await WriteAsync(store.Journal, "cart/fine", 1, 2);
        await ExecuteRawAsync("UPDATE journal SET manifest = 'Ghost.v9' WHERE persistence_id = 'cart/ghost' AND sequence_nr = 2");
        await ExecuteRawAsync("UPDATE journal SET payload = '{\"name\": ' WHERE persistence_id = 'cart/broken' AND sequence_nr = 2");

        var unknown = await Assert.ThrowsAsync<EventReplayException>(() => ReplayAsync(store.Journal, "cart/ghost"));
        var corrupt = await Assert.ThrowsAsync<EventReplayException>(() => ReplayAsync(store.Journal, "cart/broken"));

        Assert.Equal(("cart/ghost", 2L, "Ghost.v9"), (unknown.PersistenceId, unknown.SequenceNr, unknown.Manifest));
        Assert.Contains("'cart/ghost'", unknown.Message);
        Assert.Contains("event 2", unknown.Message);
        Assert.Contains("Ghost.v9", unknown.Message);
        Assert.Equal(("cart/broken", 2L), (corrupt.PersistenceId, corrupt.SequenceNr));
        Assert.Contains("payload is not valid", corrupt.Message);
        Assert.Equal(2, (await ReplayAsync(store.Journal, "cart/fine")).Count);
    }

    [Fact]
    public async Task Writes_of_one_entity_submitted_without_waiting_are_stored_in_submission_order()
    {
        var store = await OpenAsync();

        var writes = Enumerable.Range(1, 300)
            .Select(i => store.Journal.WriteMessagesAsync([new AtomicWrite(Event("cart/busy", i))], CancellationToken.None))
            .ToList();
        await Task.WhenAll(writes);

        var orderings = writes.Select(w => w.Result.Single().Orderings.Single()).ToList();
        Assert.Equal(orderings.Order(), orderings);
        Assert.Equal(Enumerable.Range(1, 300).Select(i => (long)i), (await ReplayAsync(store.Journal, "cart/busy")).Select(e => e.SequenceNr));
    }
}
