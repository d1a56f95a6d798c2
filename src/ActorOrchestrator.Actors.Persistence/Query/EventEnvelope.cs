namespace ActorOrchestrator.Actors.Persistence.Query;

/// <summary>A stored event as read back.</summary>
/// <param name="Ordering">The journal's global position of the event (also the resourceVersion of the object it changed).</param>
/// <param name="PersistenceId">The entity the event belongs to.</param>
/// <param name="SequenceNr">The entity's sequence number of the event.</param>
/// <param name="Event">The deserialized event.</param>
/// <param name="Manifest">The registered manifest it was stored under, e.g. <c>PodBound.v1</c>.</param>
/// <param name="Timestamp">When the journal stored it.</param>
/// <param name="Tags">Its tags.</param>
/// <param name="WriterId">The writer incarnation that stored it.</param>
public sealed record EventEnvelope(
    long Ordering,
    string PersistenceId,
    long SequenceNr,
    object Event,
    string Manifest,
    DateTimeOffset Timestamp,
    IReadOnlyList<string> Tags,
    string WriterId);
