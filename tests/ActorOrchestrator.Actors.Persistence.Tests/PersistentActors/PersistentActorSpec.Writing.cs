using static ActorOrchestrator.Actors.Persistence.Tests.PersistentActors.CartCommands;

namespace ActorOrchestrator.Actors.Persistence.Tests.PersistentActors;

public abstract partial class PersistentActorSpec
{
    [Fact]
    public void Persisted_events_are_recovered_by_the_next_incarnation_with_their_sequence_numbers()
    {
        var cart = Cart("cart-1");
        cart.Tell(new Add("apple"));
        cart.Tell(new Add("pear"));
        var first = ExpectMsg<Added>(Patience);
        var second = ExpectMsg<Added>(Patience);
        Assert.Equal(("apple", 1L), (first.Item, first.SequenceNr));
        Assert.Equal(("pear", 2L), (second.Item, second.SequenceNr));
        Assert.True(first.Ordering > 0 && second.Ordering > first.Ordering, $"orderings {first.Ordering}, {second.Ordering}");
        StopAndWait(cart);

        var again = Cart("cart-1");
        again.Tell(new GetState());
        var state = ExpectMsg<State>(Patience);
        Assert.Equal(["apple", "pear"], state.Items);
        Assert.Equal(2, state.LastSequenceNr);
        again.Tell(new Add("plum"));
        Assert.Equal(3, ExpectMsg<Added>(Patience).SequenceNr);
    }

    [Fact]
    public void Commands_arriving_while_an_event_is_written_are_handled_after_its_handler_in_order()
    {
        var cart = Cart("cart-stash");
        for (var i = 0; i < 20; i++)
        {
            cart.Tell(new Add($"item-{i}"));
            cart.Tell(new GetState());
        }
        for (var i = 0; i < 20; i++)
        {
            var added = ExpectMsg<Added>(Patience);
            Assert.Equal(($"item-{i}", i + 1L), (added.Item, added.SequenceNr));
            var state = ExpectMsg<State>(Patience);
            Assert.Equal(i + 1, state.Items.Count);
        }
    }

    [Fact]
    public void PersistAll_stores_its_events_together_or_not_at_all()
    {
        var cart = Cart("cart-all");
        cart.Tell(new AddAll(["a", "b", "c"]));
        Assert.Equal([1L, 2L, 3L], ReceiveN(3, Patience).Cast<Added>().Select(a => a.SequenceNr));

        cart.Tell(new AddAllWithUnregistered(["d", "e"]));
        Assert.Equal(3, ReceiveN(3, Patience).Cast<Rejected>().Count());
        cart.Tell(new GetState());
        Assert.Equal(["a", "b", "c"], ExpectMsg<State>(Patience).Items);
        StopAndWait(cart);

        Cart("cart-all").Tell(new GetState());
        Assert.Equal(["a", "b", "c"], ExpectMsg<State>(Patience).Items);
    }

    [Fact]
    public void Defer_runs_after_the_handlers_of_earlier_persists_and_before_later_ones()
    {
        var cart = Cart("cart-defer");
        cart.Tell(new AddAroundDefer("first", "second"));
        Assert.Equal(("first", 1L), ExpectMsg<Added>(Patience) is var a ? (a.Item, a.SequenceNr) : default);
        Assert.Equal(new Deferred("first-deferred", 1), ExpectMsg<Deferred>(Patience));
        Assert.Equal(("second", 2L), ExpectMsg<Added>(Patience) is var b ? (b.Item, b.SequenceNr) : default);

        cart.Tell(new DeferOnly("alone"));
        cart.Tell(new GetState());
        Assert.Equal(new Deferred("alone", 2), ExpectMsg<Deferred>(Patience));
        Assert.Equal(2, ExpectMsg<State>(Patience).Items.Count);
    }

    [Fact]
    public void A_rejected_event_is_reported_and_not_stored_and_the_actor_keeps_running()
    {
        var cart = Cart("cart-reject");
        cart.Tell(new AddUnregistered(["before"], ["after"]));
        Assert.Equal(("before", 1L), ExpectMsg<Added>(Patience) is var a ? (a.Item, a.SequenceNr) : default);
        Assert.Equal(new Rejected("NeverRegistered", 2), ExpectMsg<Rejected>(Patience));
        Assert.Equal(("after", 3L), ExpectMsg<Added>(Patience) is var b ? (b.Item, b.SequenceNr) : default);
        cart.Tell(new Add("later"));
        Assert.Equal(4, ExpectMsg<Added>(Patience).SequenceNr);
        StopAndWait(cart);

        Cart("cart-reject").Tell(new GetState());
        var state = ExpectMsg<State>(Patience);
        Assert.Equal(["before", "after", "later"], state.Items);
        Assert.Equal(4, state.LastSequenceNr);
    }
}
