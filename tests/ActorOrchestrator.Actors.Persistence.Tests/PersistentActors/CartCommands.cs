namespace ActorOrchestrator.Actors.Persistence.Tests.PersistentActors;

/// <summary>The commands <see cref="CartActor"/> understands, and its replies.</summary>
public static class CartCommands
{
    public sealed record Add(string Item);

    public sealed record AddAll(IReadOnlyList<string> Items);

    /// <summary>Persists a type the registry does not know (rejected), with the given items around it.</summary>
    public sealed record AddUnregistered(IReadOnlyList<string> Before, IReadOnlyList<string> After);

    /// <summary>Persist(first), Defer, Persist(second): the replies show the order the handlers ran in.</summary>
    /// <summary>One PersistAll of the items with an unregistered event among them: the whole atomic write is rejected.</summary>
    public sealed record AddAllWithUnregistered(IReadOnlyList<string> Items);

    public sealed record AddAroundDefer(string First, string Second);

    public sealed record DeferOnly(string Marker);

    public sealed record GetState;

    public sealed record TakeSnapshot;

    public sealed record DeleteTo(long SequenceNr);

    public sealed record Added(string Item, long SequenceNr, long Ordering);

    public sealed record Deferred(string Marker, long LastSequenceNr);

    public sealed record Rejected(string EventType, long SequenceNr);

    public sealed record State(IReadOnlyList<string> Items, long LastSequenceNr, IReadOnlyList<string> RecoveryLog);
}
