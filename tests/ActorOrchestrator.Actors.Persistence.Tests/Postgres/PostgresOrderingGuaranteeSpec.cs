using ActorOrchestrator.Actors.Persistence.Journal;
using ActorOrchestrator.Actors.Persistence.Query;
using ActorOrchestrator.Actors.Persistence.Tests.Fixtures;
using Npgsql;

namespace ActorOrchestrator.Actors.Persistence.Tests.Postgres;

/// <summary>
/// Tries to make a live reader skip an event: transactions that take orderings and commit in another order, abort,
/// or hang open, from plain SQL connections as well as from the store's own concurrent group commits.
/// </summary>
public sealed class PostgresOrderingGuaranteeSpec(PostgresDatabaseFixture database) : PostgresSpec(database)
{
    [Fact]
    public async Task A_live_reader_waits_for_transactions_that_commit_in_reverse_ordering_order_and_delivers_all_in_order()
    {
        var store = await OpenAsync();
        var connections = new[] { await ConnectAsync(), await ConnectAsync(), await ConnectAsync() };
        await using var live = store.Queries.AllEvents(0, new CancellationTokenSource(Patience).Token).GetAsyncEnumerator();
        var transactions = new List<NpgsqlTransaction>();
        var orderings = new List<long>();
        for (var i = 0; i < connections.Length; i++)
        {
            transactions.Add(await connections[i].BeginTransactionAsync());
            orderings.Add(await InsertRawAsync(connections[i], $"raw/{i}", 1));
        }
        var next = live.MoveNextAsync().AsTask();

        await transactions[2].CommitAsync();
        await transactions[1].CommitAsync();
        var early = await Task.WhenAny(next, Task.Delay(TimeSpan.FromMilliseconds(500)));

        Assert.NotSame(next, early);
        await transactions[0].CommitAsync();
        Assert.True(await next);
        var delivered = new List<long> { live.Current.Ordering };
        while (delivered.Count < 3)
        {
            Assert.True(await live.MoveNextAsync());
            delivered.Add(live.Current.Ordering);
        }
        Assert.Equal(orderings, delivered);
    }

    [Fact]
    public async Task A_gap_left_by_an_aborted_transaction_is_passed_promptly()
    {
        var store = await OpenAsync();
        var aborting = await ConnectAsync();
        var committing = await ConnectAsync();
        await using var live = store.Queries.EventsByTag("raw", 0, new CancellationTokenSource(Patience).Token).GetAsyncEnumerator();

        var abortTransaction = await aborting.BeginTransactionAsync();
        await InsertRawAsync(aborting, "raw/aborted", 1);
        var commitTransaction = await committing.BeginTransactionAsync();
        var committed = await InsertRawAsync(committing, "raw/committed", 1);
        await commitTransaction.CommitAsync();
        await abortTransaction.RollbackAsync();

        Assert.True(await live.MoveNextAsync());
        Assert.Equal(committed, live.Current.Ordering);
    }

    [Fact]
    public async Task Current_queries_include_every_event_committed_before_they_started_even_behind_an_open_transaction()
    {
        var store = await OpenAsync();
        var slow = await ConnectAsync();
        var fast = await ConnectAsync();
        var slowTransaction = await slow.BeginTransactionAsync();
        var held = await InsertRawAsync(slow, "raw/slow", 1);
        var visible = await InsertRawAsync(fast, "raw/fast", 1);

        var reading = Task.Run(async () =>
        {
            var events = new List<EventEnvelope>();
            await foreach (var e in store.Queries.CurrentAllEvents(0, new CancellationTokenSource(Patience).Token))
            {
                events.Add(e);
            }
            return events;
        });
        var early = await Task.WhenAny(reading, Task.Delay(TimeSpan.FromMilliseconds(300)));
        Assert.NotSame(reading, early);
        await slowTransaction.CommitAsync();

        Assert.Equal([held, visible], (await reading).Select(e => e.Ordering));
    }

    [Fact]
    public async Task Live_readers_by_tag_and_of_all_events_never_skip_under_random_commit_order_aborts_and_concurrent_group_commits()
    {
        var store = await OpenAsync();
        var writerStore = await OpenAsync(Settings() with { GroupCommit = new() { MaxBatchSize = 8, MaxConcurrentBatches = 3 } });
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var all = Collect(store.Queries.AllEvents(0, patience.Token));
        var tagged = Collect(store.Queries.EventsByTag("raw", 0, patience.Token));

        var rawWriters = Enumerable.Range(0, 6).Select(async writer =>
        {
            var random = new Random(writer);
            var connection = await ConnectAsync();
            var seq = 0;
            for (var round = 0; round < 30; round++)
            {
                await using var transaction = await connection.BeginTransactionAsync();
                var rows = random.Next(1, 4);
                for (var r = 0; r < rows; r++)
                {
                    await InsertRawAsync(connection, $"raw/{writer}/{round}", ++seq);
                }
                await Task.Delay(random.Next(0, 15));
                if (random.Next(100) < 15)
                {
                    await transaction.RollbackAsync();
                }
                else
                {
                    await transaction.CommitAsync();
                }
            }
        });
        var storeWriters = Enumerable.Range(0, 20).Select(async entity =>
        {
            for (var seq = 1; seq <= 15; seq++)
            {
                await writerStore.Journal.WriteMessagesAsync([new AtomicWrite(new PersistentEvent($"cart/{entity}", seq, new ItemAdded("x", 1), "w"))], CancellationToken.None);
            }
        });
        await Task.WhenAll(rawWriters.Concat(storeWriters));

        var connection = await ConnectAsync();
        var committed = await OrderingsAsync(connection, "SELECT ordering FROM journal ORDER BY ordering");
        var committedRaw = await OrderingsAsync(connection, "SELECT ordering FROM event_tag WHERE tag = 'raw' ORDER BY ordering");
        Assert.Equal(committed, await all.UntilAsync(committed.Count));
        Assert.Equal(committedRaw, await tagged.UntilAsync(committedRaw.Count));
    }

    private static async Task<List<long>> OrderingsAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var orderings = new List<long>();
        while (await reader.ReadAsync())
        {
            orderings.Add(reader.GetInt64(0));
        }
        return orderings;
    }

    private static LiveCollector Collect(IAsyncEnumerable<EventEnvelope> stream) => new(stream);

    /// <summary>Reads a live stream in the background, recording orderings as they arrive.</summary>
    private sealed class LiveCollector
    {
        private readonly List<long> _orderings = [];
        private readonly Task _reading;

        public LiveCollector(IAsyncEnumerable<EventEnvelope> stream)
        {
            _reading = Task.Run(async () =>
            {
                await foreach (var e in stream)
                {
                    lock (_orderings)
                    {
                        _orderings.Add(e.Ordering);
                    }
                }
            });
        }

        /// <summary>The delivered orderings once <paramref name="count"/> have arrived (or the stream's patience ran out).</summary>
        public async Task<List<long>> UntilAsync(int count)
        {
            while (true)
            {
                lock (_orderings)
                {
                    if (_orderings.Count >= count)
                    {
                        return [.. _orderings];
                    }
                }
                if (_reading.IsCompleted)
                {
                    lock (_orderings)
                    {
                        return [.. _orderings];
                    }
                }
                await Task.Delay(10);
            }
        }
    }
}
