namespace ActorOrchestrator.Actors.Persistence.Journal;

/// <summary>
/// Events of one persistence id that are stored all together or not at all, with strictly increasing sequence numbers.
/// A journal never splits an atomic write across transactions.
/// </summary>
public sealed record AtomicWrite
{
    public AtomicWrite(IReadOnlyList<PersistentEvent> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        if (events.Count == 0)
        {
            throw new ArgumentException("An atomic write needs at least one event.", nameof(events));
        }
        var persistenceId = events[0].PersistenceId;
        for (var i = 1; i < events.Count; i++)
        {
            if (events[i].PersistenceId != persistenceId)
            {
                throw new ArgumentException(
                    $"An atomic write holds events of one persistence id, got '{persistenceId}' and '{events[i].PersistenceId}'.", nameof(events));
            }
            if (events[i].SequenceNr <= events[i - 1].SequenceNr)
            {
                throw new ArgumentException(
                    $"Sequence numbers of an atomic write must increase: {events[i - 1].SequenceNr} is followed by {events[i].SequenceNr} ('{persistenceId}').",
                    nameof(events));
            }
        }
        Events = events;
    }

    public AtomicWrite(PersistentEvent single) : this([single])
    {
    }

    public IReadOnlyList<PersistentEvent> Events { get; }

    public string PersistenceId => Events[0].PersistenceId;

    public long LowestSequenceNr => Events[0].SequenceNr;

    public long HighestSequenceNr => Events[^1].SequenceNr;
}
