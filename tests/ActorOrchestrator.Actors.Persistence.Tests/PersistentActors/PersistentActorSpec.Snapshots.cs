using ActorOrchestrator.Actors.Persistence.Snapshots;
using static ActorOrchestrator.Actors.Persistence.Tests.PersistentActors.CartCommands;

namespace ActorOrchestrator.Actors.Persistence.Tests.PersistentActors;

public abstract partial class PersistentActorSpec
{
    [Fact]
    public void Recovery_offers_the_latest_snapshot_then_replays_only_the_events_after_it()
    {
        var cart = Cart("cart-snap");
        cart.Tell(new AddAll(["a", "b"]));
        ReceiveN(2, Patience);
        cart.Tell(new TakeSnapshot());
        Assert.Equal(2, ExpectMsg<SaveSnapshotSuccess>(Patience).Metadata.SequenceNr);
        cart.Tell(new Add("c"));
        ExpectMsg<Added>(Patience);
        StopAndWait(cart);

        Cart("cart-snap", recovered: TestActor);
        var state = ExpectMsg<State>(Patience);
        Assert.Equal(["a", "b", "c"], state.Items);
        Assert.Equal(["snapshot 2", "event 3"], state.RecoveryLog);
        Assert.Equal(3, state.LastSequenceNr);
    }

    [Fact]
    public async Task Saving_snapshots_keeps_only_the_newest_ones_of_the_retention()
    {
        var cart = Cart("cart-retention");
        for (var i = 1; i <= 4; i++)
        {
            cart.Tell(new Add($"item-{i}"));
            ExpectMsg<Added>(Patience);
            cart.Tell(new TakeSnapshot());
            Assert.Equal(i, ExpectMsg<SaveSnapshotSuccess>(Patience).Metadata.SequenceNr);
        }

        Assert.Null(await Store.Snapshots.LoadAsync("cart-retention", new SnapshotSelectionCriteria(MaxSequenceNr: 2), CancellationToken.None));
        Assert.Equal(3, (await Store.Snapshots.LoadAsync("cart-retention", new SnapshotSelectionCriteria(MaxSequenceNr: 3), CancellationToken.None))!.Metadata.SequenceNr);
        Assert.Equal(4, (await Store.Snapshots.LoadAsync("cart-retention", SnapshotSelectionCriteria.Latest, CancellationToken.None))!.Metadata.SequenceNr);
    }

    [Fact]
    public void Deleted_events_are_not_replayed_and_sequence_numbers_go_on_after_them()
    {
        var cart = Cart("cart-delete");
        cart.Tell(new AddAll(["a", "b", "c"]));
        ReceiveN(3, Patience);
        cart.Tell(new DeleteTo(2));
        Assert.Equal(new DeleteMessagesSuccess(2), ExpectMsg<DeleteMessagesSuccess>(Patience));
        StopAndWait(cart);

        var again = Cart("cart-delete");
        again.Tell(new GetState());
        var state = ExpectMsg<State>(Patience);
        Assert.Equal(["c"], state.Items);
        Assert.Equal(3, state.LastSequenceNr);
        StopAndWait(again);

        cart = Cart("cart-delete");
        cart.Tell(new DeleteTo(3));
        ExpectMsg<DeleteMessagesSuccess>(Patience);
        StopAndWait(cart);
        cart = Cart("cart-delete");
        cart.Tell(new Add("d"));
        Assert.Equal(4, ExpectMsg<Added>(Patience).SequenceNr);
    }
}
