using System.Text.Json;
using ActorOrchestrator.Actors.Persistence.Journal;
using ActorOrchestrator.Actors.Persistence.Query;
using ActorOrchestrator.Actors.Persistence.Serialization;

namespace ActorOrchestrator.Actors.Persistence.Sql.Common;

/// <summary>Turns events into rows and back, with rejections and errors that name the entity.</summary>
internal sealed class EventConverter(EventTypeRegistry registry, TimeProvider timeProvider)
{
    private const int MaxTagLength = 255;

    public EventTypeRegistry Registry => registry;

    /// <summary>Serializes one atomic write, or throws an <see cref="EventRejectedException"/> saying why it cannot be stored.</summary>
    public IReadOnlyList<SerializedEvent> Serialize(AtomicWrite write)
    {
        var timestamp = timeProvider.GetUtcNow().ToUnixTimeMilliseconds();
        var events = new SerializedEvent[write.Events.Count];
        for (var i = 0; i < events.Length; i++)
        {
            var e = write.Events[i];
            if (e.SequenceNr < 1)
            {
                throw new EventRejectedException($"Event of persistence id '{e.PersistenceId}' has sequence number {e.SequenceNr}; they start at 1.");
            }
            SerializedPayload payload;
            try
            {
                payload = registry.Serialize(e.Payload);
            }
            catch (Exception exception) when (exception is NotSupportedException or JsonException or InvalidOperationException)
            {
                throw new EventRejectedException(
                    $"Event {e.SequenceNr} of persistence id '{e.PersistenceId}' ({e.Payload.GetType().Name}) cannot be serialized: {exception.Message}", exception);
            }
            var tags = e.TagsOrEmpty.Count == 0 ? [] : e.TagsOrEmpty.Distinct(StringComparer.Ordinal).ToArray();
            foreach (var tag in tags)
            {
                if (string.IsNullOrEmpty(tag) || tag.Length > MaxTagLength || tag.Contains(','))
                {
                    throw new EventRejectedException(
                        $"Event {e.SequenceNr} of persistence id '{e.PersistenceId}' has tag '{tag}': tags are 1 to {MaxTagLength} characters without commas.");
                }
            }
            events[i] = new SerializedEvent(
                e.PersistenceId, e.SequenceNr, payload.Manifest, payload.Json, tags.Length == 0 ? null : string.Join(',', tags), tags, timestamp, e.WriterId);
        }
        return events;
    }

    /// <summary>Deserializes a row, or throws an <see cref="EventReplayException"/> naming persistence id, sequence number and manifest.</summary>
    public EventEnvelope ToEnvelope(StoredEvent row)
    {
        object payload;
        try
        {
            payload = registry.Deserialize(row.Manifest, row.Payload);
        }
        catch (KeyNotFoundException exception)
        {
            throw new EventReplayException(row.PersistenceId, row.SequenceNr, row.Manifest, exception.Message, exception);
        }
        catch (Exception exception) when (exception is JsonException or NotSupportedException or InvalidOperationException)
        {
            throw new EventReplayException(row.PersistenceId, row.SequenceNr, row.Manifest, $"the payload is not valid: {exception.Message}", exception);
        }
        return new EventEnvelope(
            row.Ordering,
            row.PersistenceId,
            row.SequenceNr,
            payload,
            row.Manifest,
            DateTimeOffset.FromUnixTimeMilliseconds(row.TimestampUnixMs),
            row.Tags is null ? [] : row.Tags.Split(','),
            row.WriterId);
    }
}
