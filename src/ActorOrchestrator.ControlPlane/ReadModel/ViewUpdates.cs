using System.Text.Json;
using ActorOrchestrator.Actors.Persistence.Query;
using ActorOrchestrator.ControlPlane.Events;
using Microsoft.Extensions.Logging;

namespace ActorOrchestrator.ControlPlane.ReadModel;

/// <summary>Turns journal events into view updates: the object stamped with the event's ordering, read once for its uid, labels and selectable fields.</summary>
internal static class ViewUpdates
{
    /// <summary>The update a journal event makes; null for events of other entities, and for a resource event that cannot be read (logged).</summary>
    public static ViewUpdate? From(EventEnvelope envelope, ILogger logger)
    {
        if (envelope.Event is not IResourceEvent resourceEvent)
        {
            return null;
        }
        if (!ResourceKey.TryParse(envelope.PersistenceId, out var key))
        {
            ReadModelLog.EventSkipped(logger, envelope.Ordering, envelope.PersistenceId, envelope.Manifest,
                "a resource event must belong to an entity named kind/namespace/name of a served kind");
            return null;
        }
        try
        {
            var json = ResourceVersionStamp.Apply(ResourceEventObject.RawJson(resourceEvent.Object), envelope.Ordering);
            var (uid, labels, fields) = IndexedJsonReader.For(key.Kind).Read(json, key);
            var resourceObject = new ViewObject(key, uid, envelope.Ordering, labels, fields, json);
            return new ViewUpdate(envelope.Ordering, resourceObject, resourceEvent is ObjectDeleted);
        }
        catch (JsonException exception)
        {
            ReadModelLog.EventSkipped(logger, envelope.Ordering, envelope.PersistenceId, envelope.Manifest, $"the object is not a valid {key.Kind.Kind}: {exception.Message}");
            return null;
        }
    }
}
