using System.Text.Json;

namespace ActorOrchestrator.ControlPlane.Events;

/// <summary>
/// A fact about one Kubernetes object, persisted by the object's entity under <see cref="ResourceKey.PersistenceId"/>.
/// Each carries the whole object as Kubernetes would return it, without <c>metadata.resourceVersion</c>: the journal
/// <c>ordering</c> the event is stored at is the object's resourceVersion, and readers stamp it (see <see cref="ResourceEventObject"/>).
/// </summary>
public interface IResourceEvent
{
    /// <summary>The object after the change (for <see cref="ObjectDeleted"/>, its last state), as a JSON object.</summary>
    JsonElement Object { get; }
}
