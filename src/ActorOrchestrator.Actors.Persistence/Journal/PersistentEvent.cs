namespace ActorOrchestrator.Actors.Persistence.Journal;

/// <summary>One event to be written: the payload is serialized through the <see cref="Serialization.EventTypeRegistry"/>.</summary>
/// <param name="PersistenceId">Identity of the entity that owns the event, e.g. <c>pod/default/web-1</c>.</param>
/// <param name="SequenceNr">The entity's sequence number for this event, starting at 1.</param>
/// <param name="Payload">The event itself; its type must be registered.</param>
/// <param name="WriterId">Identifies the incarnation of the writer (an actor's unique id), for diagnosing concurrent writers.</param>
/// <param name="Tags">Tags the event can be queried by; none when null.</param>
public sealed record PersistentEvent(string PersistenceId, long SequenceNr, object Payload, string WriterId, IReadOnlyList<string>? Tags = null)
{
    /// <summary>The tags, never null.</summary>
    public IReadOnlyList<string> TagsOrEmpty => Tags ?? [];
}
