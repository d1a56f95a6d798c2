using ActorOrchestrator.Api.Apps;
using ActorOrchestrator.Api.Core;
using ActorOrchestrator.Api.Selectors;
using ActorOrchestrator.Api.Serialization;

namespace ActorOrchestrator.ControlPlane.Controllers.ReplicaSets;

/// <summary>A replica set's status from the pods it owns, as Kubernetes' <c>calculateStatus</c>.</summary>
internal static class ReplicaSetStatuses
{
    public const string ReplicaFailure = "ReplicaFailure";

    /// <param name="replicaSet">The replica set as stored.</param>
    /// <param name="activePods">Its active pods as the run found them (before it created or deleted any).</param>
    /// <param name="terminatingPods">Its pods that are being deleted.</param>
    /// <param name="failure">Why creating or deleting pods failed in this run; null when it did not.</param>
    public static ReplicaSetStatus Calculate(
        ReplicaSet replicaSet, IReadOnlyList<Pod> activePods, int terminatingPods, ManageFailure? failure, DateTimeOffset now)
    {
        var minReadySeconds = replicaSet.Spec.MinReadySeconds ?? 0;
        var templateLabels = replicaSet.Spec.Template.Metadata.Labels ?? new Dictionary<string, string>();
        var fullyLabeled = activePods.Count(pod => templateLabels.All(label =>
            pod.Metadata.Labels?.TryGetValue(label.Key, out var value) == true && value == label.Value));
        var ready = activePods.Count(PodStates.IsReady);
        var available = activePods.Count(pod => PodStates.IsAvailable(pod, minReadySeconds, now));

        var current = replicaSet.Status ?? new ReplicaSetStatus();
        var conditions = current.Conditions ?? [];
        var hasFailure = conditions.Any(condition => condition.Type == ReplicaFailure);
        if (failure is not null && !hasFailure)
        {
            conditions = [.. conditions, new ReplicaSetCondition
            {
                Type = ReplicaFailure,
                Status = "True",
                LastTransitionTime = Rfc3339.TruncateToSeconds(now),
                Reason = failure.Reason,
                Message = failure.Message,
            }];
        }
        else if (failure is null && hasFailure)
        {
            conditions = [.. conditions.Where(condition => condition.Type != ReplicaFailure)];
        }

        return current with
        {
            Replicas = activePods.Count,
            FullyLabeledReplicas = fullyLabeled,
            ReadyReplicas = ready,
            AvailableReplicas = available,
            TerminatingReplicas = terminatingPods,
            ObservedGeneration = replicaSet.Metadata.Generation,
            Conditions = conditions.Count == 0 ? null : conditions,
        };
    }

    /// <summary>When the next of the ready pods becomes available (minReadySeconds), so the status is rewritten then.</summary>
    public static DateTimeOffset? NextAvailability(ReplicaSet replicaSet, IEnumerable<Pod> activePods, DateTimeOffset now)
    {
        var minReadySeconds = replicaSet.Spec.MinReadySeconds ?? 0;
        if (minReadySeconds == 0)
        {
            return null;
        }

        return activePods
            .Select(pod => PodStates.AvailableAt(pod, minReadySeconds))
            .Where(at => at >= now)
            .Min();
    }

    /// <summary>The selector of a replica set, or one that selects nothing when it is malformed.</summary>
    public static LabelMatcher SelectorOf(ReplicaSet replicaSet)
    {
        try
        {
            return LabelMatcher.FromLabelSelector(replicaSet.Spec.Selector);
        }
        catch (SelectorParseException)
        {
            return LabelMatcher.Nothing;
        }
    }
}
