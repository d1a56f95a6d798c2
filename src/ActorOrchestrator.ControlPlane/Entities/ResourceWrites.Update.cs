using System.Text.Json;
using System.Text.Json.Nodes;
using ActorOrchestrator.Api.Core;
using ActorOrchestrator.Api.Defaults;
using ActorOrchestrator.Api.Errors;
using ActorOrchestrator.Api.Meta;
using ActorOrchestrator.Api.Patching;
using ActorOrchestrator.Api.Validation;
using ActorOrchestrator.ControlPlane.Access;
using ActorOrchestrator.ControlPlane.Events;

namespace ActorOrchestrator.ControlPlane.Entities;

/// <summary>Update (PUT), status update, patch and server-side apply.</summary>
internal static partial class ResourceWrites
{
    /// <summary>
    /// Replaces metadata and spec, keeping the stored status and the server-set metadata; generation grows when the spec
    /// changed; a write that changes nothing stores nothing. An object being deleted goes once its finalizers are gone.
    /// </summary>
    public static WriteDecision Update(
        ResourceKey key, IKubernetesObject? current, IKubernetesObject requested, WriteOptions options, DateTimeOffset now,
        string operation = ManagedFieldsBook.Update)
    {
        if (current is null)
        {
            throw NotFound(key);
        }
        RequireKind(key, requested);
        CheckResourceVersion(key, current, requested.Metadata.ResourceVersion);
        CheckUid(key, current, requested.Metadata.Uid);
        var currentJson = ResourceObjects.ToJson(current);
        var merged = ResourceDefaults.Apply(ResourceObjects.FromJson(ResourceObjects.WithStatusOf(ResourceObjects.ToJson(requested), currentJson), key.Kind));
        var stored = current.Metadata;
        var metadata = merged.Metadata with
        {
            Name = key.Name,
            Namespace = stored.Namespace,
            Uid = stored.Uid,
            ResourceVersion = stored.ResourceVersion,
            Generation = stored.Generation,
            CreationTimestamp = stored.CreationTimestamp,
            DeletionTimestamp = stored.DeletionTimestamp,
            DeletionGracePeriodSeconds = stored.DeletionGracePeriodSeconds,
            SelfLink = null,
            ManagedFields = merged.Metadata.ManagedFields is { Count: > 0 } ? merged.Metadata.ManagedFields : stored.ManagedFields,
        };
        merged = KeepServerOwnedSpec(ResourceObjects.WithMetadata(merged, metadata), current);
        var mergedJson = ResourceObjects.ToJson(merged);
        if (!ResourceObjects.SpecEquals(mergedJson, currentJson))
        {
            metadata = metadata with { Generation = (stored.Generation ?? 0) + 1 };
            merged = ResourceObjects.WithMetadata(merged, metadata);
        }
        EnsureValid(ResourceValidator.ValidateUpdate(merged, current), key);
        if (stored.DeletionTimestamp is not null && AddsFinalizer(metadata, stored))
        {
            throw StatusException.Invalid(new InvalidObjectException(key.Kind.Group, key.Kind.Kind, key.Name,
                [FieldError.Forbidden(FieldPath.Of("metadata", "finalizers"), "no new finalizers can be added if the object is being deleted")]));
        }
        if (ResourceObjects.JsonEquals(merged, current))
        {
            return WriteDecision.Unchanged(current);
        }
        var managed = ManagedFieldsBook.Record(metadata.ManagedFields, options.FieldManager, operation, key.Kind.ApiVersion, now, ResourceObjects.ToJson(requested));
        merged = ResourceObjects.WithMetadata(merged, metadata with { ManagedFields = managed });
        if (Deletion.ReadyToGo(merged))
        {
            return new WriteDecision(ChangeKind.Deleted, merged);
        }
        return new WriteDecision(stored.DeletionTimestamp is null ? ChangeKind.Updated : ChangeKind.DeletionRequested, merged);
    }

    /// <summary>Replaces only the status; metadata and spec stay the stored ones.</summary>
    public static WriteDecision UpdateStatus(ResourceKey key, IKubernetesObject? current, IKubernetesObject requested, WriteOptions options, DateTimeOffset now)
    {
        if (current is null)
        {
            throw NotFound(key);
        }
        RequireKind(key, requested);
        CheckResourceVersion(key, current, requested.Metadata.ResourceVersion);
        CheckUid(key, current, requested.Metadata.Uid);
        var requestedJson = ResourceObjects.ToJson(requested);
        var updated = ResourceObjects.FromJson(ResourceObjects.WithStatusOf(ResourceObjects.ToJson(current), requestedJson), key.Kind);
        EnsureValid(ResourceValidator.ValidateUpdate(updated, current), key);
        if (ResourceObjects.JsonEquals(updated, current))
        {
            return WriteDecision.Unchanged(current);
        }
        var managed = ManagedFieldsBook.Record(
            current.Metadata.ManagedFields, options.FieldManager, ManagedFieldsBook.Update, key.Kind.ApiVersion, now, requestedJson, "status");
        return new WriteDecision(ChangeKind.StatusUpdated, ResourceObjects.WithMetadata(updated, updated.Metadata with { ManagedFields = managed }));
    }

    /// <summary>
    /// Applies the patch to the stored object's JSON, then the rules of <see cref="Update"/> or <see cref="UpdateStatus"/>.
    /// Server-side apply of a missing object creates it from the applied configuration.
    /// </summary>
    public static WriteDecision Patch(ResourceKey key, IKubernetesObject? current, PatchRequest patch, WriteOptions options, DateTimeOffset now)
    {
        if (patch.Type == PatchType.ApplyPatch && string.IsNullOrEmpty(options.FieldManager))
        {
            throw StatusException.BadRequest("fieldManager is required for apply requests");
        }
        if (current is null)
        {
            if (patch.Type != PatchType.ApplyPatch || patch.Status)
            {
                throw NotFound(key);
            }
            var applied = Read(patch.Patch as JsonObject ?? throw StatusException.BadRequest("an applied configuration must be a JSON object"), key);
            var created = Create(key, null, applied, options with { FieldManager = null }, now);
            var managed = ManagedFieldsBook.Record(null, options.FieldManager, ManagedFieldsBook.Apply, key.Kind.ApiVersion, now, (JsonObject)patch.Patch!);
            return created with { Object = ResourceObjects.WithMetadata(created.Object, created.Object.Metadata with { ManagedFields = managed }) };
        }
        JsonObject patched;
        try
        {
            patched = ResourcePatcher.Apply(patch.Type, ResourceObjects.ToJson(current), patch.Patch, key.Kind);
        }
        catch (PatchException e)
        {
            throw StatusException.BadRequest($"the patch of {key.Kind.QualifiedResource} \"{key.Name}\" cannot be applied: {e.Message}");
        }
        var result = Read(patched, key);
        if (patch.Status)
        {
            return UpdateStatus(key, current, result, options, now);
        }
        if (patch.Type != PatchType.ApplyPatch)
        {
            return Update(key, current, result, options, now);
        }
        return Update(key, current, result, options, now, ManagedFieldsBook.Apply) switch
        {
            { Change: ChangeKind.None } unchanged => unchanged,
            var changed => changed with { Object = RecordApplied(changed.Object, options.FieldManager!, key, now, (JsonObject)patch.Patch!) },
        };
    }

    /// <summary>Binds a pending pod to a node; binding again to the same node answers the pod as it is, to another is a 409 Conflict.</summary>
    public static WriteDecision Bind(ResourceKey key, IKubernetesObject? current, string nodeName, DateTimeOffset now)
    {
        if (current is not Pod pod)
        {
            throw current is null ? NotFound(key) : StatusException.BadRequest($"only pods can be bound to a node, not {key}");
        }
        if (pod.Metadata.DeletionTimestamp is not null)
        {
            throw StatusException.Conflict(key.Kind, key.Name, $"pod {key.Name} is being deleted, cannot be assigned to a host");
        }
        if (!string.IsNullOrEmpty(pod.Spec.NodeName))
        {
            return pod.Spec.NodeName == nodeName
                ? WriteDecision.Unchanged(pod)
                : throw StatusException.Conflict(key.Kind, key.Name, $"pod {key.Name} is already assigned to node \"{pod.Spec.NodeName}\"");
        }
        var status = pod.Status ?? new PodStatus { Phase = "Pending" };
        var scheduled = new PodCondition { Type = "PodScheduled", Status = "True", LastTransitionTime = now };
        var conditions = (status.Conditions ?? []).Where(condition => condition.Type != "PodScheduled").Append(scheduled).ToList();
        var bound = pod with { Spec = pod.Spec with { NodeName = nodeName }, Status = status with { Conditions = conditions } };
        return new WriteDecision(ChangeKind.Updated, bound);
    }

    /// <summary>Server-side apply leaves the generic update's entry under the Apply operation, whose fields are those the manager applied.</summary>
    private static IKubernetesObject RecordApplied(IKubernetesObject updated, string manager, ResourceKey key, DateTimeOffset now, JsonObject applied)
    {
        var managed = ManagedFieldsBook.Record(updated.Metadata.ManagedFields, manager, ManagedFieldsBook.Apply, key.Kind.ApiVersion, now, applied);
        return ResourceObjects.WithMetadata(updated, updated.Metadata with { ManagedFields = managed });
    }

    private static IKubernetesObject Read(JsonObject json, ResourceKey key)
    {
        try
        {
            return ResourceObjects.FromJson(json, key.Kind);
        }
        catch (JsonException e)
        {
            throw StatusException.BadRequest($"the patched {key.Kind.Kind} \"{key.Name}\" is not a valid {key.Kind.Kind}: {e.Message}");
        }
    }

    /// <summary>Fields of the spec only the server writes through other paths (a pod's node comes from its binding).</summary>
    private static IKubernetesObject KeepServerOwnedSpec(IKubernetesObject merged, IKubernetesObject current) => (merged, current) switch
    {
        (Pod pod, Pod stored) when string.IsNullOrEmpty(pod.Spec.NodeName) && !string.IsNullOrEmpty(stored.Spec.NodeName) =>
            pod with { Spec = pod.Spec with { NodeName = stored.Spec.NodeName } },
        (Namespace ns, Namespace stored) => ns with { Spec = ns.Spec with { Finalizers = stored.Spec.Finalizers } },
        _ => merged,
    };

    private static bool AddsFinalizer(ObjectMeta updated, ObjectMeta stored) =>
        (updated.Finalizers ?? []).Except(stored.Finalizers ?? [], StringComparer.Ordinal).Any();
}
