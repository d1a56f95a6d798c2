using System.Diagnostics;
using ActorOrchestrator.Actors.Persistence.Journal;
using ActorOrchestrator.Actors.Persistence.Tests.Fixtures;
using Npgsql;

namespace ActorOrchestrator.Actors.Persistence.Tests.Postgres;

/// <summary>The database goes away while the store runs (a proxy in between cuts every connection) and comes back.</summary>
public sealed class PostgresConnectionLossSpec(PostgresDatabaseFixture database) : PostgresSpec(database)
{
    [Fact]
    public async Task Writes_fail_fast_while_the_database_is_gone_and_succeed_again_when_it_returns_without_losing_acknowledged_events()
    {
        var server = new NpgsqlConnectionStringBuilder(Database.ConnectionString);
        await using var proxy = new TcpProxy(server.Host!, server.Port);
        proxy.Start();
        var viaProxy = new NpgsqlConnectionStringBuilder(Database.ConnectionString) { Host = "127.0.0.1", Port = proxy.Port }.ToString();
        var store = await OpenAsync(Settings(viaProxy));
        await store.Journal.WriteMessagesAsync([Write(1)], CancellationToken.None);

        await proxy.StopAsync();
        var clock = Stopwatch.StartNew();
        var failure = await Assert.ThrowsAsync<JournalWriteException>(() => store.Journal.WriteMessagesAsync([Write(2)], CancellationToken.None));
        clock.Stop();

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"the write took {clock.Elapsed.TotalSeconds:F1} s to fail");
        Assert.Contains($"127.0.0.1:{proxy.Port}", failure.Message);
        proxy.Start();
        var deadline = DateTime.UtcNow + Patience;
        while (true)
        {
            try
            {
                await store.Journal.WriteMessagesAsync([Write(2)], CancellationToken.None);
                break;
            }
            catch (JournalWriteException) when (DateTime.UtcNow < deadline)
            {
                // A pooled connection that died with the proxy fails once and is discarded.
            }
        }
        var replayed = new List<long>();
        await store.Journal.ReplayMessagesAsync("cart/lost", 1, long.MaxValue, long.MaxValue, e => replayed.Add(e.SequenceNr), CancellationToken.None);
        Assert.Equal([1L, 2L], replayed);
    }

    private static AtomicWrite Write(long sequenceNr) => new(new PersistentEvent("cart/lost", sequenceNr, new ItemAdded("x", 1), "w"));
}
