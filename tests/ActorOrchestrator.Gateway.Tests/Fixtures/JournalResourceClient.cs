using System.Text.Json.Nodes;
using ActorOrchestrator.Actors.Persistence.Journal;
using ActorOrchestrator.Api;
using ActorOrchestrator.Api.Defaults;
using ActorOrchestrator.Api.Errors;
using ActorOrchestrator.Api.Meta;
using ActorOrchestrator.Api.Patching;
using ActorOrchestrator.Api.Serialization;
using ActorOrchestrator.Api.Validation;
using ActorOrchestrator.ControlPlane.Access;
using ActorOrchestrator.ControlPlane.Events;

namespace ActorOrchestrator.Gateway.Tests.Fixtures;

/// <summary>
/// The write side as the gateway sees it, over the real journal: the same events entities persist, stamped with the
/// journal's ordering, with Kubernetes' preconditions (409 on a stale resourceVersion, AlreadyExists, NotFound) and
/// validation. It lets the gateway's HTTP behaviour be tested apart from the entities' controllers.
/// </summary>
internal sealed class JournalResourceClient(IJournal journal) : IResourceClient
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly Dictionary<string, JsonObject> _objects = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> _sequences = new(StringComparer.Ordinal);

    public Task<IKubernetesObject> CreateAsync(IKubernetesObject resource, WriteOptions options, CancellationToken cancellationToken) =>
        LockedAsync(async () =>
        {
            var kind = ResourceKinds.Of(resource);
            var json = ApiSerializer.ToJsonObject(ResourceDefaults.Apply(resource));
            var metadata = (JsonObject)json["metadata"]!;
            if (metadata["name"] is null && metadata["generateName"]?.GetValue<string>() is { } prefix)
            {
                metadata["name"] = prefix + Guid.NewGuid().ToString("N")[..5];
            }

            var created = ApiSerializer.FromJson(json, kind);
            ResourceValidator.EnsureValid(created);
            var key = ResourceKey.Of(created);
            if (_objects.ContainsKey(key.PersistenceId))
            {
                throw StatusException.AlreadyExists(kind, key.Name);
            }

            metadata["uid"] = Guid.NewGuid().ToString();
            metadata["creationTimestamp"] = DateTimeOffset.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);
            metadata["generation"] = 1L;
            metadata.Remove("resourceVersion");
            return await WriteAsync(key, json, options, j => new ObjectCreated(j));
        });

    public Task<IKubernetesObject> UpdateAsync(IKubernetesObject resource, WriteOptions options, CancellationToken cancellationToken) =>
        LockedAsync(() => ReplaceAsync(ResourceKey.Of(resource), ApiSerializer.ToJsonObject(ResourceDefaults.Apply(resource)), options, status: false));

    public Task<IKubernetesObject> UpdateStatusAsync(IKubernetesObject resource, WriteOptions options, CancellationToken cancellationToken) =>
        LockedAsync(() => ReplaceAsync(ResourceKey.Of(resource), ApiSerializer.ToJsonObject(resource), options, status: true));

    public Task<IKubernetesObject> PatchAsync(ResourceKey key, PatchRequest patch, WriteOptions options, CancellationToken cancellationToken) =>
        LockedAsync(() =>
        {
            var current = Current(key);
            var patched = ResourcePatcher.Apply(patch.Type, (JsonObject)current.DeepClone(), patch.Patch?.DeepClone(), key.Kind);
            return ReplaceAsync(key, patched, options, patch.Status);
        });

    public Task<DeleteResult> DeleteAsync(ResourceKey key, DeleteOptions options, CancellationToken cancellationToken) =>
        LockedAsync(async () =>
        {
            var current = Current(key);
            var metadata = current["metadata"]!;
            if ((options.PreconditionUid is { } uid && uid != metadata["uid"]?.GetValue<string>())
                || (options.PreconditionResourceVersion is { } rv && rv != metadata["resourceVersion"]?.GetValue<string>()))
            {
                throw StatusException.Conflict(key.Kind, key.Name, "the precondition on uid or resourceVersion does not hold");
            }

            var last = await WriteAsync(key, (JsonObject)current.DeepClone(), new WriteOptions { DryRun = options.DryRun }, j => new ObjectDeleted(j));
            if (!options.DryRun)
            {
                _objects.Remove(key.PersistenceId);
            }

            return new DeleteResult(last, Deleted: true);
        });

    public Task<IKubernetesObject> BindAsync(ResourceKey pod, string nodeName, CancellationToken cancellationToken) =>
        LockedAsync(() =>
        {
            var current = (JsonObject)Current(pod).DeepClone();
            if (current["spec"]?["nodeName"] is not null)
            {
                throw StatusException.Conflict(pod.Kind, pod.Name, $"pod {pod.Name} is already assigned to node \"{current["spec"]!["nodeName"]}\"");
            }

            current["spec"]!["nodeName"] = nodeName;
            return ReplaceAsync(pod, current, WriteOptions.Default, status: false);
        });

    private JsonObject Current(ResourceKey key) =>
        _objects.TryGetValue(key.PersistenceId, out var entry) ? entry : throw StatusException.NotFound(key.Kind, key.Name);

    private async Task<IKubernetesObject> ReplaceAsync(ResourceKey key, JsonObject updated, WriteOptions options, bool status)
    {
        var current = Current(key);
        var given = updated["metadata"]?["resourceVersion"]?.GetValue<string>();
        if (given is not null && given != current["metadata"]!["resourceVersion"]!.GetValue<string>())
        {
            throw StatusException.StaleResourceVersion(key.Kind, key.Name);
        }

        var next = (JsonObject)current.DeepClone();
        if (status)
        {
            next["status"] = updated["status"]?.DeepClone();
        }
        else
        {
            var specChanged = !JsonNode.DeepEquals(current["spec"], updated["spec"]);
            var metadata = (JsonObject)updated["metadata"]!.DeepClone();
            foreach (var kept in new[] { "uid", "creationTimestamp", "generation", "namespace", "name" })
            {
                metadata[kept] = current["metadata"]![kept]?.DeepClone();
            }

            if (specChanged)
            {
                metadata["generation"] = (current["metadata"]!["generation"]?.GetValue<long>() ?? 1) + 1;
            }

            foreach (var (name, value) in updated.Where(field => field.Key is not ("status" or "metadata")).ToList())
            {
                next[name] = value?.DeepClone();
            }

            next["metadata"] = metadata;
        }

        var candidate = ApiSerializer.FromJson(next, key.Kind);
        ResourceValidator.EnsureValidUpdate(candidate, ApiSerializer.FromJson(current, key.Kind));
        ((JsonObject)next["metadata"]!).Remove("resourceVersion");
        return await WriteAsync(key, next, options, j => status ? new ObjectStatusUpdated(j) : new ObjectUpdated(j));
    }

    private async Task<IKubernetesObject> WriteAsync(ResourceKey key, JsonObject json, WriteOptions options, Func<System.Text.Json.JsonElement, IResourceEvent> toEvent)
    {
        var resource = ApiSerializer.FromJson(json, key.Kind);
        if (options.DryRun)
        {
            return resource;
        }

        var sequenceNr = _sequences.GetValueOrDefault(key.PersistenceId) + 1;
        var results = await journal.WriteMessagesAsync(
            [new AtomicWrite(new PersistentEvent(key.PersistenceId, sequenceNr, toEvent(ResourceEventObject.ToEventJson(resource)), "gateway-test"))],
            CancellationToken.None);
        if (results[0].IsRejected)
        {
            throw StatusException.InternalError(results[0].Rejection!.Message);
        }

        var resourceVersion = results[0].Orderings[0];
        json["metadata"]!["resourceVersion"] = $"{resourceVersion}";
        _objects[key.PersistenceId] = (JsonObject)json.DeepClone();
        _sequences[key.PersistenceId] = sequenceNr;
        return ApiSerializer.FromJson(json, key.Kind);
    }

    private async Task<T> LockedAsync<T>(Func<Task<T>> action)
    {
        await _gate.WaitAsync();
        try
        {
            return await action();
        }
        finally
        {
            _gate.Release();
        }
    }
}
