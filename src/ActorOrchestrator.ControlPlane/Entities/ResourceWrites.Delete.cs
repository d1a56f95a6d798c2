using ActorOrchestrator.Api.Core;
using ActorOrchestrator.Api.Errors;
using ActorOrchestrator.Api.Meta;
using ActorOrchestrator.ControlPlane.Access;
using ActorOrchestrator.ControlPlane.Events;

namespace ActorOrchestrator.ControlPlane.Entities;

/// <summary>Deletion as Kubernetes does it: graceful for pods on nodes, deferred by finalizers, propagation by finalizers.</summary>
internal static partial class ResourceWrites
{
    /// <summary>
    /// Marks the object for deletion (deletionTimestamp = now + grace, deletionGracePeriodSeconds, the finalizer of the
    /// propagation policy, a namespace's phase Terminating) or, when nothing holds it, deletes it at once.
    /// </summary>
    public static WriteDecision Delete(ResourceKey key, IKubernetesObject? current, DeleteOptions options, DateTimeOffset now)
    {
        if (current is null)
        {
            throw NotFound(key);
        }
        CheckUid(key, current, options.PreconditionUid);
        if (!string.IsNullOrEmpty(options.PreconditionResourceVersion) && options.PreconditionResourceVersion != current.Metadata.ResourceVersion)
        {
            throw StatusException.Conflict(key.Kind, key.Name,
                $"Precondition failed: ResourceVersion in precondition: {options.PreconditionResourceVersion}, ResourceVersion in object meta: {current.Metadata.ResourceVersion}");
        }
        var stored = current.Metadata;
        var finalizers = options.PropagationPolicy switch
        {
            PropagationPolicy.Foreground => Deletion.With(Deletion.Without(stored.Finalizers, Deletion.OrphanFinalizer), Deletion.ForegroundFinalizer),
            PropagationPolicy.Orphan => Deletion.With(Deletion.Without(stored.Finalizers, Deletion.ForegroundFinalizer), Deletion.OrphanFinalizer),
            PropagationPolicy.Background => Deletion.Without(Deletion.Without(stored.Finalizers, Deletion.OrphanFinalizer), Deletion.ForegroundFinalizer),
            _ => stored.Finalizers,
        };
        var grace = Deletion.GracePeriod(current, options.GracePeriodSeconds);
        var metadata = stored with { Finalizers = finalizers is { Count: > 0 } ? finalizers : null };
        if (stored.DeletionTimestamp is null || grace < (stored.DeletionGracePeriodSeconds ?? 0))
        {
            metadata = metadata with { DeletionTimestamp = now.AddSeconds(grace), DeletionGracePeriodSeconds = grace };
        }
        var marked = Terminating(ResourceObjects.WithMetadata(current, metadata));
        if (Deletion.ReadyToGo(marked))
        {
            return new WriteDecision(ChangeKind.Deleted, stored.DeletionTimestamp is null ? current : marked);
        }
        return ResourceObjects.JsonEquals(marked, current)
            ? WriteDecision.Unchanged(current)
            : new WriteDecision(ChangeKind.DeletionRequested, marked);
    }

    /// <summary>Removes a namespace's own finalizer (Kubernetes' <c>namespaces/finalize</c>); the namespace goes when nothing else holds it.</summary>
    public static WriteDecision FinalizeNamespace(ResourceKey key, IKubernetesObject? current)
    {
        if (current is not Namespace ns)
        {
            throw NotFound(key);
        }
        if (ns.Spec.Finalizers is not { Count: > 0 })
        {
            return WriteDecision.Unchanged(ns);
        }
        var finalized = ns with { Spec = ns.Spec with { Finalizers = Deletion.Without(ns.Spec.Finalizers, Deletion.NamespaceFinalizer) } };
        return Deletion.ReadyToGo(finalized)
            ? new WriteDecision(ChangeKind.Deleted, finalized)
            : new WriteDecision(ns.Metadata.DeletionTimestamp is null ? ChangeKind.Updated : ChangeKind.DeletionRequested, finalized);
    }

    private static IKubernetesObject Terminating(IKubernetesObject resource) => resource switch
    {
        Namespace ns => ns with { Status = (ns.Status ?? new NamespaceStatus()) with { Phase = "Terminating" } },
        _ => resource,
    };
}
