namespace ActorOrchestrator.Actors.Persistence.Query;

/// <summary>
/// The query side of the journal. <c>Current*</c> streams end with the events stored when they reach the end; the
/// others keep tailing (polling, and woken at once by writes made in this process) until cancelled. Offsets are
/// global orderings and exclusive: a stream from offset <c>n</c> starts with the first event whose ordering is above
/// <c>n</c>. Streams by tag and of all events deliver in ordering order and never skip an event, even when concurrent
/// transactions commit out of ordering order. Deleted events are not delivered.
/// </summary>
public interface IEventQueries
{
    /// <summary>The entity's events from <paramref name="fromSequenceNr"/> to <paramref name="toSequenceNr"/> (inclusive), then ends.</summary>
    IAsyncEnumerable<EventEnvelope> CurrentEventsByPersistenceId(
        string persistenceId, long fromSequenceNr, long toSequenceNr, CancellationToken cancellationToken);

    /// <summary>The entity's events from <paramref name="fromSequenceNr"/>, live, until <paramref name="toSequenceNr"/> is delivered or cancelled.</summary>
    IAsyncEnumerable<EventEnvelope> EventsByPersistenceId(
        string persistenceId, long fromSequenceNr, long toSequenceNr, CancellationToken cancellationToken);

    /// <summary>Events carrying <paramref name="tag"/> with ordering above <paramref name="offset"/>, then ends.</summary>
    IAsyncEnumerable<EventEnvelope> CurrentEventsByTag(string tag, long offset, CancellationToken cancellationToken);

    /// <summary>Events carrying <paramref name="tag"/> with ordering above <paramref name="offset"/>, live.</summary>
    IAsyncEnumerable<EventEnvelope> EventsByTag(string tag, long offset, CancellationToken cancellationToken);

    /// <summary>All events with ordering above <paramref name="offset"/>, then ends.</summary>
    IAsyncEnumerable<EventEnvelope> CurrentAllEvents(long offset, CancellationToken cancellationToken);

    /// <summary>All events with ordering above <paramref name="offset"/>, live.</summary>
    IAsyncEnumerable<EventEnvelope> AllEvents(long offset, CancellationToken cancellationToken);
}
