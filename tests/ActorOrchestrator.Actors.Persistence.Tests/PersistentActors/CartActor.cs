using ActorOrchestrator.Actors.Persistence.Tests.Fixtures;
using static ActorOrchestrator.Actors.Persistence.Tests.PersistentActors.CartCommands;

namespace ActorOrchestrator.Actors.Persistence.Tests.PersistentActors;

/// <summary>A shopping cart: each added item is an <see cref="ItemAdded"/> event; the recovery log records what recovery delivered.</summary>
internal sealed class CartActor : PersistentActor
{
    private readonly List<string> _items = [];
    private readonly List<string> _recoveryLog = [];
    private IActorRef? _requester;

    public CartActor(string persistenceId, IActorRef? recovered = null)
    {
        PersistenceId = persistenceId;
        Recover<ItemAdded>(e =>
        {
            _items.Add(e.Name);
            _recoveryLog.Add($"event {LastSequenceNr}");
        });
        Recover<SnapshotOffer>(offer =>
        {
            _items.AddRange(((CartState)offer.Snapshot).Items);
            _recoveryLog.Add($"snapshot {offer.Metadata.SequenceNr}");
        });
        Recover<RecoveryCompleted>(_ => recovered?.Tell(new State([.. _items], LastSequenceNr, [.. _recoveryLog]), Self));
        Command<Add>(add => Persist(new ItemAdded(add.Item, 1), Apply));
        Command<AddAll>(add => PersistAll(add.Items.Select(item => new ItemAdded(item, 1)), Apply));
        Command<AddUnregistered>(add =>
        {
            _requester = Sender;
            PersistAll(add.Before.Select(item => new ItemAdded(item, 1)), Apply);
            Persist(new NeverRegistered("x"), _ => Sender.Tell("handler of a rejected event ran"));
            PersistAll(add.After.Select(item => new ItemAdded(item, 1)), Apply);
        });
        Command<AddAllWithUnregistered>(add =>
        {
            _requester = Sender;
            var events = add.Items.Select(item => (object)new ItemAdded(item, 1)).Prepend(new NeverRegistered("x"));
            PersistAll(events, e => Apply((ItemAdded)e));
        });
        Command<AddAroundDefer>(add =>
        {
            Persist(new ItemAdded(add.First, 1), Apply);
            Defer(add.First + "-deferred", marker => Sender.Tell(new Deferred(marker, LastSequenceNr)));
            Persist(new ItemAdded(add.Second, 1), Apply);
        });
        Command<DeferOnly>(defer => Defer(defer.Marker, marker => Sender.Tell(new Deferred(marker, LastSequenceNr))));
        Command<GetState>(_ => Sender.Tell(new State([.. _items], LastSequenceNr, [.. _recoveryLog])));
        Command<TakeSnapshot>(_ =>
        {
            _requester = Sender;
            SaveSnapshot(new CartState([.. _items]));
        });
        Command<DeleteTo>(delete =>
        {
            _requester = Sender;
            DeleteMessagesTo(delete.SequenceNr);
        });
        Command<SaveSnapshotSuccess>(success => _requester?.Tell(success));
        Command<SaveSnapshotFailure>(failure => _requester?.Tell(failure));
        Command<DeleteMessagesSuccess>(success => _requester?.Tell(success));
        Command<DeleteMessagesFailure>(failure => _requester?.Tell(failure));
    }

    public override string PersistenceId { get; }

    protected override void OnPersistRejected(Exception cause, object @event, long sequenceNr)
    {
        base.OnPersistRejected(cause, @event, sequenceNr);
        _requester?.Tell(new Rejected(@event.GetType().Name, sequenceNr));
    }

    private void Apply(ItemAdded added)
    {
        _items.Add(added.Name);
        Sender.Tell(new Added(added.Name, LastSequenceNr, LastOrdering));
    }
}
