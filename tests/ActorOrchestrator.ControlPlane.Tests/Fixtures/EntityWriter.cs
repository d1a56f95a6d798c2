using System.Collections.Concurrent;
using ActorOrchestrator.Actors.Persistence.Journal;
using ActorOrchestrator.Api.Meta;
using ActorOrchestrator.ControlPlane.Events;

namespace ActorOrchestrator.ControlPlane.Tests.Fixtures;

/// <summary>
/// Writes resource events to the real journal the way an entity does (one persistence id per object, sequence numbers
/// from 1) and returns each event's ordering: the object's new resourceVersion.
/// </summary>
internal sealed class EntityWriter(IJournal journal)
{
    private ConcurrentDictionary<string, long> _sequenceNumbers = new(StringComparer.Ordinal);

    /// <summary>A writer on a reopened journal that carries on with these sequence numbers.</summary>
    public EntityWriter On(IJournal reopened) => new(reopened) { _sequenceNumbers = _sequenceNumbers };

    public Task<long> CreateAsync(IKubernetesObject resource) => WriteAsync(resource, json => new ObjectCreated(json));

    public Task<long> UpdateAsync(IKubernetesObject resource) => WriteAsync(resource, json => new ObjectUpdated(json));

    public Task<long> UpdateStatusAsync(IKubernetesObject resource) => WriteAsync(resource, json => new ObjectStatusUpdated(json));

    public Task<long> RequestDeletionAsync(IKubernetesObject resource) => WriteAsync(resource, json => new ObjectDeletionRequested(json));

    public Task<long> DeleteAsync(IKubernetesObject resource) => WriteAsync(resource, json => new ObjectDeleted(json));

    /// <summary>An event of another entity, which the read model must skip while still counting its ordering.</summary>
    public Task<long> WriteUnrelatedAsync(string persistenceId = "scheduler/singleton") => WriteEventAsync(persistenceId, new UnrelatedEvent("placed"));

    public async Task<long> WriteEventAsync(string persistenceId, object payload)
    {
        var sequenceNr = _sequenceNumbers.AddOrUpdate(persistenceId, 1, (_, last) => last + 1);
        var results = await journal.WriteMessagesAsync(
            [new AtomicWrite(new PersistentEvent(persistenceId, sequenceNr, payload, "test-entity"))], CancellationToken.None);
        Assert.False(results[0].IsRejected, results[0].Rejection?.Message);
        return results[0].Orderings[0];
    }

    private Task<long> WriteAsync(IKubernetesObject resource, Func<System.Text.Json.JsonElement, IResourceEvent> toEvent) =>
        WriteEventAsync(ResourceKey.Of(resource).PersistenceId, toEvent(ResourceEventObject.ToEventJson(resource)));
}
