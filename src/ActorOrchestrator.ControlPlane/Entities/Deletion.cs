using ActorOrchestrator.Api.Core;
using ActorOrchestrator.Api.Meta;

namespace ActorOrchestrator.ControlPlane.Entities;

/// <summary>The finalizers and conditions of Kubernetes' graceful deletion.</summary>
internal static class Deletion
{
    /// <summary>Set by foreground propagation: the owner goes after its blocking dependents.</summary>
    public const string ForegroundFinalizer = "foregroundDeletion";

    /// <summary>Set by orphan propagation: the dependents' ownerReferences to the owner are removed before it goes.</summary>
    public const string OrphanFinalizer = "orphan";

    /// <summary>A namespace's own finalizer (spec.finalizers): removed once every object in it is gone.</summary>
    public const string NamespaceFinalizer = "kubernetes";

    /// <summary>A pod's terminationGracePeriodSeconds when unset (the defaults set it on create).</summary>
    private const long DefaultTerminationGracePeriodSeconds = 30;

    /// <summary>
    /// True when an object marked for deletion can go: no finalizers left (a namespace's spec.finalizers included) and,
    /// for a pod on a node, its agent has finished it (grace period 0).
    /// </summary>
    public static bool ReadyToGo(IKubernetesObject resource)
    {
        var metadata = resource.Metadata;
        if (metadata.DeletionTimestamp is null || metadata.Finalizers is { Count: > 0 })
        {
            return false;
        }
        return resource switch
        {
            Namespace ns => ns.Spec.Finalizers is not { Count: > 0 },
            Pod pod => !NeedsGracefulStop(pod) || metadata.DeletionGracePeriodSeconds is null or 0,
            _ => true,
        };
    }

    /// <summary>A pod whose containers may run on a node: bound and not finished. Its agent stops it before it goes.</summary>
    public static bool NeedsGracefulStop(Pod pod) =>
        !string.IsNullOrEmpty(pod.Spec.NodeName) && pod.Status?.Phase is not ("Succeeded" or "Failed");

    /// <summary>The grace period of a delete: the request's, else the pod's terminationGracePeriodSeconds (default 30); 0 for other kinds.</summary>
    public static long GracePeriod(IKubernetesObject resource, long? requested) => resource switch
    {
        Pod pod when NeedsGracefulStop(pod) => Math.Max(0, requested ?? pod.Spec.TerminationGracePeriodSeconds ?? DefaultTerminationGracePeriodSeconds),
        _ => 0,
    };

    public static bool HasFinalizer(IKubernetesObject resource, string finalizer) => resource.Metadata.Finalizers?.Contains(finalizer) ?? false;

    /// <summary>The finalizers with <paramref name="finalizer"/> added (once).</summary>
    public static IReadOnlyList<string> With(IReadOnlyList<string>? finalizers, string finalizer) =>
        finalizers?.Contains(finalizer) ?? false ? finalizers : [.. finalizers ?? [], finalizer];

    /// <summary>The finalizers without <paramref name="finalizer"/>; null when none are left.</summary>
    public static IReadOnlyList<string>? Without(IReadOnlyList<string>? finalizers, string finalizer)
    {
        var left = (finalizers ?? []).Where(f => f != finalizer).ToList();
        return left.Count == 0 ? null : left;
    }
}
