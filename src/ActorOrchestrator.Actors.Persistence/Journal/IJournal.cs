using ActorOrchestrator.Actors.Persistence.Query;

namespace ActorOrchestrator.Actors.Persistence.Journal;

/// <summary>The event journal: append-only, per persistence id ordered by sequence number, globally ordered by <c>ordering</c>.</summary>
public interface IJournal
{
    /// <summary>
    /// Stores the writes and returns one result per write, in order. Each write is atomic; a rejected write (for example
    /// one whose event type is not registered) is not stored and the others are. A faulted task means the writes were
    /// not stored or their fate is unknown (the database failed, or a sequence number was already taken by a
    /// concurrent writer: <see cref="SequenceNumberConflictException"/>); the writer should stop. Writes of one caller
    /// for one persistence id are stored in the order given, and writes are acknowledged only after they are durable.
    /// Cancelling stops the wait, not a write already handed to the database: its fate is then unknown.
    /// </summary>
    Task<IReadOnlyList<AtomicWriteResult>> WriteMessagesAsync(IReadOnlyList<AtomicWrite> writes, CancellationToken cancellationToken);

    /// <summary>
    /// Replays the non-deleted events of <paramref name="persistenceId"/> with sequence numbers from
    /// <paramref name="fromSequenceNr"/> to <paramref name="toSequenceNr"/> (both inclusive), at most <paramref name="max"/>
    /// of them, in sequence order. An event that cannot be deserialized fails the replay with an <see cref="EventReplayException"/>.
    /// </summary>
    Task ReplayMessagesAsync(
        string persistenceId, long fromSequenceNr, long toSequenceNr, long max, Action<EventEnvelope> onReplayed, CancellationToken cancellationToken);

    /// <summary>The highest sequence number ever stored for the persistence id (0 when none), deleted events included.</summary>
    Task<long> ReadHighestSequenceNrAsync(string persistenceId, long fromSequenceNr, CancellationToken cancellationToken);

    /// <summary>
    /// Deletes the events up to and including <paramref name="toSequenceNr"/>. The highest sequence number survives:
    /// <see cref="ReadHighestSequenceNrAsync"/> keeps returning it.
    /// </summary>
    Task DeleteMessagesToAsync(string persistenceId, long toSequenceNr, CancellationToken cancellationToken);
}
