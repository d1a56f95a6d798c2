using ActorOrchestrator.Api;
using ActorOrchestrator.Api.Core;
using ActorOrchestrator.Api.Defaults;
using ActorOrchestrator.Api.Errors;
using ActorOrchestrator.Api.Meta;
using ActorOrchestrator.Api.Validation;
using ActorOrchestrator.ControlPlane.Access;
using ActorOrchestrator.ControlPlane.Events;

namespace ActorOrchestrator.ControlPlane.Entities;

/// <summary>
/// The rules of the write path as pure functions of the stored object and a command: what Kubernetes' API server
/// would store (or refuse, by throwing <see cref="StatusException"/>). The entity persists the decision.
/// </summary>
internal static partial class ResourceWrites
{
    /// <summary>A new object: defaults, server-set metadata (uid, creationTimestamp, generation 1), validation; 409 when it exists.</summary>
    public static WriteDecision Create(ResourceKey key, IKubernetesObject? current, IKubernetesObject requested, WriteOptions options, DateTimeOffset now)
    {
        if (current is not null)
        {
            throw StatusException.AlreadyExists(key.Kind, key.Name);
        }
        RequireKind(key, requested);
        var created = ResourceDefaults.Apply(requested);
        var metadata = created.Metadata with
        {
            Name = key.Name,
            Namespace = key.Kind.Namespaced ? key.Namespace : null,
            Uid = Guid.NewGuid().ToString(),
            ResourceVersion = null,
            Generation = 1,
            CreationTimestamp = now,
            DeletionTimestamp = null,
            DeletionGracePeriodSeconds = null,
            SelfLink = null,
        };
        created = InitialStatus(ResourceObjects.WithMetadata(created, metadata));
        EnsureValid(ResourceValidator.Validate(created), key);
        var managed = ManagedFieldsBook.Record(
            metadata.ManagedFields, options.FieldManager, ManagedFieldsBook.Update, key.Kind.ApiVersion, now, ResourceObjects.ToJson(created));
        return new WriteDecision(ChangeKind.Created, ResourceObjects.WithMetadata(created, metadata with { ManagedFields = managed }));
    }

    /// <summary>What the API server sets in a new object's status: a pod starts Pending.</summary>
    private static IKubernetesObject InitialStatus(IKubernetesObject created) => created switch
    {
        Pod { Status: null } pod => pod with { Status = new PodStatus { Phase = "Pending" } },
        Pod { Status.Phase: null } pod => pod with { Status = pod.Status with { Phase = "Pending" } },
        _ => created,
    };

    private static void RequireKind(ResourceKey key, IKubernetesObject requested)
    {
        if (ResourceKinds.Of(requested) != key.Kind)
        {
            throw StatusException.BadRequest($"a {requested.GetType().Name} cannot be written to the {key.Kind.Kind} {key}");
        }
    }

    private static void EnsureValid(IReadOnlyList<FieldError> errors, ResourceKey key)
    {
        if (errors.Count > 0)
        {
            throw StatusException.Invalid(new InvalidObjectException(key.Kind.Group, key.Kind.Kind, key.Name, errors));
        }
    }

    private static StatusException NotFound(ResourceKey key) => StatusException.NotFound(key.Kind, key.Name);

    /// <summary>The resourceVersion precondition of an update: a set, different resourceVersion is a 409 Conflict.</summary>
    private static void CheckResourceVersion(ResourceKey key, IKubernetesObject current, string? requested)
    {
        if (!string.IsNullOrEmpty(requested) && requested != current.Metadata.ResourceVersion)
        {
            throw StatusException.StaleResourceVersion(key.Kind, key.Name);
        }
    }

    private static void CheckUid(ResourceKey key, IKubernetesObject current, string? requested)
    {
        if (!string.IsNullOrEmpty(requested) && requested != current.Metadata.Uid)
        {
            throw StatusException.Conflict(
                key.Kind, key.Name, $"Precondition failed: UID in precondition: {requested}, UID in object meta: {current.Metadata.Uid}");
        }
    }
}
