using ActorOrchestrator.Api.Apps;

namespace ActorOrchestrator.ControlPlane.Controllers.Deployments;

/// <summary>A deployment's status from its replica sets, and the progress checks on it (Kubernetes' <c>calculateStatus</c>, <c>DeploymentComplete</c> ...).</summary>
internal static class DeploymentStatuses
{
    public static DeploymentStatus Calculate(
        IReadOnlyList<ReplicaSet> all, ReplicaSet? newReplicaSet, Deployment deployment, DateTimeOffset now)
    {
        var available = RolloutMath.AvailableReplicas(all);
        var status = new DeploymentStatus
        {
            ObservedGeneration = deployment.Metadata.Generation,
            Replicas = RolloutMath.ActualReplicas(all),
            UpdatedReplicas = RolloutMath.ActualReplicas([newReplicaSet]),
            ReadyReplicas = RolloutMath.ReadyReplicas(all),
            AvailableReplicas = available,
            UnavailableReplicas = Math.Max(0, RolloutMath.SpecReplicas(all) - available),
            TerminatingReplicas = deployment.Status?.TerminatingReplicas,
            CollisionCount = deployment.Status?.CollisionCount,
            Conditions = deployment.Status?.Conditions,
        };

        var condition = available >= RolloutMath.Desired(deployment) - RolloutMath.MaxUnavailable(deployment)
            ? DeploymentConditions.New(DeploymentConditions.Available, "True", DeploymentConditions.MinimumReplicasAvailable,
                "Deployment has minimum availability.", now)
            : DeploymentConditions.New(DeploymentConditions.Available, "False", DeploymentConditions.MinimumReplicasUnavailable,
                "Deployment does not have minimum availability.", now);
        return DeploymentConditions.Set(status, condition);
    }

    public static bool HasProgressDeadline(Deployment deployment) =>
        deployment.Spec.ProgressDeadlineSeconds is { } seconds && seconds != int.MaxValue;

    public static bool HasRevisionHistoryLimit(Deployment deployment) =>
        deployment.Spec.RevisionHistoryLimit is { } limit && limit != int.MaxValue;

    /// <summary>Every replica updated and available, and the latest spec observed (<c>DeploymentComplete</c>).</summary>
    public static bool IsComplete(Deployment deployment, DeploymentStatus status)
    {
        var desired = RolloutMath.Desired(deployment);
        return status.UpdatedReplicas == desired && status.Replicas == desired && status.AvailableReplicas == desired &&
               status.ObservedGeneration >= (deployment.Metadata.Generation ?? 0);
    }

    /// <summary>More updated, ready or available replicas, or fewer old ones, than the stored status says.</summary>
    public static bool IsProgressing(Deployment deployment, DeploymentStatus status)
    {
        var old = deployment.Status ?? new DeploymentStatus();
        var oldOld = (old.Replicas ?? 0) - (old.UpdatedReplicas ?? 0);
        var newOld = (status.Replicas ?? 0) - (status.UpdatedReplicas ?? 0);
        return (status.UpdatedReplicas ?? 0) > (old.UpdatedReplicas ?? 0) || newOld < oldOld ||
               (status.ReadyReplicas ?? 0) > (old.ReadyReplicas ?? 0) || (status.AvailableReplicas ?? 0) > (old.AvailableReplicas ?? 0);
    }

    /// <summary>No progress within progressDeadlineSeconds of the Progressing condition's last update.</summary>
    public static bool HasTimedOut(Deployment deployment, DeploymentStatus status, DateTimeOffset now)
    {
        if (!HasProgressDeadline(deployment) || DeploymentConditions.Get(status, DeploymentConditions.Progressing) is not { } condition)
        {
            return false;
        }

        return condition.Reason switch
        {
            DeploymentConditions.NewReplicaSetAvailable => false,
            DeploymentConditions.ProgressDeadlineExceeded => true,
            _ => condition.LastUpdateTime is { } from && from.AddSeconds(deployment.Spec.ProgressDeadlineSeconds!.Value) < now,
        };
    }

    /// <summary>
    /// When to look again at a rollout that made no progress in this run, so its deadline is noticed on time
    /// (<c>requeueStuckDeployment</c>); null when there is nothing to wait for.
    /// </summary>
    public static TimeSpan? StuckRecheck(Deployment deployment, DeploymentStatus status, DateTimeOffset now)
    {
        var condition = DeploymentConditions.Get(deployment.Status, DeploymentConditions.Progressing);
        if (!HasProgressDeadline(deployment) || condition?.LastUpdateTime is not { } lastUpdate ||
            IsComplete(deployment, status) || condition.Reason == DeploymentConditions.ProgressDeadlineExceeded)
        {
            return null;
        }

        var after = lastUpdate.AddSeconds(deployment.Spec.ProgressDeadlineSeconds!.Value) - now;
        return after < TimeSpan.FromSeconds(1) ? TimeSpan.FromSeconds(1) : after + TimeSpan.FromSeconds(1);
    }

    /// <summary>The ReplicaFailure condition of the new replica set, else of any old one (<c>getReplicaFailures</c>).</summary>
    public static DeploymentCondition? ReplicaFailure(IReadOnlyList<ReplicaSet> all, ReplicaSet? newReplicaSet)
    {
        var failure = FailureOf(newReplicaSet) ?? all.Select(FailureOf).FirstOrDefault(condition => condition is not null);
        return failure is null
            ? null
            : new DeploymentCondition
            {
                Type = DeploymentConditions.ReplicaFailure,
                Status = failure.Status,
                Reason = failure.Reason,
                Message = failure.Message,
                LastUpdateTime = failure.LastTransitionTime,
                LastTransitionTime = failure.LastTransitionTime,
            };
    }

    private static ReplicaSetCondition? FailureOf(ReplicaSet? replicaSet) =>
        replicaSet?.Status?.Conditions?.FirstOrDefault(condition => condition.Type == "ReplicaFailure");
}
