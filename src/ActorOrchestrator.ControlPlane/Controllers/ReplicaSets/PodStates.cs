using ActorOrchestrator.Api.Core;

namespace ActorOrchestrator.ControlPlane.Controllers.ReplicaSets;

/// <summary>What a replica set counts about a pod, in Kubernetes' terms (<c>podutil.IsPodReady</c>, <c>IsPodAvailable</c> ...).</summary>
internal static class PodStates
{
    /// <summary>Neither terminating nor finished: it counts towards the replicas.</summary>
    public static bool IsActive(Pod pod) =>
        pod.Metadata.DeletionTimestamp is null && pod.Status?.Phase is not ("Succeeded" or "Failed");

    public static bool IsTerminating(Pod pod) => pod.Metadata.DeletionTimestamp is not null;

    public static PodCondition? ReadyCondition(Pod pod) =>
        pod.Status?.Conditions?.FirstOrDefault(condition => condition.Type == "Ready");

    public static bool IsReady(Pod pod) => ReadyCondition(pod)?.Status == "True";

    /// <summary>Ready for longer than <paramref name="minReadySeconds"/> (any ready pod when it is 0).</summary>
    public static bool IsAvailable(Pod pod, int minReadySeconds, DateTimeOffset now) =>
        minReadySeconds == 0 ? IsReady(pod) : AvailableAt(pod, minReadySeconds) < now;

    /// <summary>When a ready pod becomes available; null when it is not ready (or its readiness has no time).</summary>
    public static DateTimeOffset? AvailableAt(Pod pod, int minReadySeconds) =>
        ReadyCondition(pod) is { Status: "True", LastTransitionTime: { } since } ? since.AddSeconds(minReadySeconds) : null;

    public static bool IsAssigned(Pod pod) => !string.IsNullOrEmpty(pod.Spec.NodeName);

    public static int RestartCount(Pod pod) => pod.Status?.ContainerStatuses?.Sum(status => status.RestartCount ?? 0) ?? 0;
}
