using ActorOrchestrator.Actors.Persistence.Journal;
using ActorOrchestrator.Actors.Persistence.Tests.Fixtures;
using Microsoft.Extensions.Logging;
using static ActorOrchestrator.Actors.Persistence.Tests.PersistentActors.CartCommands;

namespace ActorOrchestrator.Actors.Persistence.Tests.PersistentActors;

public abstract partial class PersistentActorSpec
{
    [Fact]
    public async Task A_failed_write_stops_the_actor_and_its_back_off_supervisor_brings_it_back_once_the_store_answers()
    {
        var supervisor = Sys.ActorOf(BackoffSupervisor.Props(BackoffOptions.OnStop(
            Props.Create(() => new CartActor("cart-outage", null)), "cart", TimeSpan.FromMilliseconds(50), TimeSpan.FromMilliseconds(500), 0.1)));
        supervisor.Tell(new Add("before"));
        ExpectMsg<Added>(Patience);
        var firstChild = (await supervisor.Ask<CurrentChild>(GetCurrentChild.Instance, Patience)).Ref!;
        Watch(firstChild);

        await CutStoreAsync();
        supervisor.Tell(new Add("lost"));
        ExpectTerminated(firstChild, Patience);
        Assert.Contains(LogEntries, e => e.Level == LogLevel.Error && e.Message.Contains("Persisting event 2 (ItemAdded) of persistence id 'cart-outage' failed"));
        await RestoreStoreAsync();

        var state = await AwaitAnswerAsync(supervisor, new GetState());
        Assert.Equal(["before"], state.Items);
        supervisor.Tell(new Add("after"));
        Assert.Equal(("after", 2L), FishForMessage<Added>(_ => true, Patience) is var added ? (added.Item, added.SequenceNr) : default);
        Assert.NotEqual(firstChild, (await supervisor.Ask<CurrentChild>(GetCurrentChild.Instance, Patience)).Ref);
    }

    [Fact]
    public async Task An_unreadable_event_stops_recovery_of_its_entity_naming_it_while_other_entities_keep_working()
    {
        var broken = Cart("cart-broken");
        broken.Tell(new AddAll(["a", "b", "c"]));
        ReceiveN(3, Patience);
        StopAndWait(broken);
        await ExecuteRawAsync("UPDATE journal SET manifest = 'Vanished.v1' WHERE persistence_id = 'cart-broken' AND sequence_nr = 2");

        broken = Cart("cart-broken");
        Watch(broken);
        broken.Tell(new GetState());
        ExpectTerminated(broken, Patience);
        var error = Assert.Single(LogEntries, e => e.Level == LogLevel.Error && e.Message.Contains("Recovery of persistence id 'cart-broken' failed"));
        Assert.Contains("2", error.Message);
        Assert.Contains("Vanished.v1", error.Message);
        Assert.IsType<EventReplayException>(error.Exception);

        var healthy = Cart("cart-healthy");
        healthy.Tell(new Add("fine"));
        Assert.Equal(1, ExpectMsg<Added>(Patience).SequenceNr);
    }

    [Fact]
    public async Task Many_entities_starting_together_recover_at_most_the_configured_number_at_once()
    {
        const int entities = 300;
        var writes = Enumerable.Range(0, entities)
            .Select(i => new AtomicWrite([.. Enumerable.Range(1, 3).Select(s => new PersistentEvent($"crowd-{i}", s, new ItemAdded($"x{s}", 1), "seed"))]))
            .ToList();
        await Store.Journal.WriteMessagesAsync(writes, CancellationToken.None);
        var probe = new ConcurrencyProbe();

        for (var i = 0; i < entities; i++)
        {
            var persistenceId = $"crowd-{i}";
            Sys.ActorOf(Props.Create(() => new CountingRecoveryActor(persistenceId, probe, TestActor)));
        }
        var recovered = ReceiveN(entities, Patience).Cast<long>();

        Assert.All(recovered, lastSequenceNr => Assert.Equal(3, lastSequenceNr));
        Assert.InRange(probe.MaxConcurrent, 2, MaxConcurrentRecoveriesInTest);
        Assert.Equal(0, PersistenceExtension.Get(Sys).RecoveriesInProgress);
    }

    private const int MaxConcurrentRecoveriesInTest = 8;

    private async Task<State> AwaitAnswerAsync(IActorRef target, object question)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (true)
        {
            try
            {
                return await target.Ask<State>(question, TimeSpan.FromMilliseconds(500));
            }
            catch (AskTimeoutException) when (DateTime.UtcNow < deadline)
            {
                // The child is stopped or still recovering; the back-off supervisor re-creates it.
            }
        }
    }
}
