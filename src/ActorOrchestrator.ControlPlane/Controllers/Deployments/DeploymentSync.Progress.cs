using ActorOrchestrator.Api.Apps;

namespace ActorOrchestrator.ControlPlane.Controllers.Deployments;

/// <summary>The deployment's status and its Progressing condition (Kubernetes' <c>syncRolloutStatus</c>, <c>syncDeploymentStatus</c>).</summary>
internal sealed partial class DeploymentSync
{
    private Task SyncStatusAsync(List<ReplicaSet> all, ReplicaSet? newRs) =>
        SaveStatusAsync(DeploymentStatuses.Calculate(all, newRs, D, _now));

    private async Task SyncRolloutStatusAsync(List<ReplicaSet> all, ReplicaSet? newRs)
    {
        var status = DeploymentStatuses.Calculate(all, newRs, D, _now);
        var hasDeadline = DeploymentStatuses.HasProgressDeadline(D);
        if (!hasDeadline)
        {
            status = DeploymentConditions.Remove(status, DeploymentConditions.Progressing);
        }

        var current = DeploymentConditions.Get(D.Status, DeploymentConditions.Progressing);
        var alreadyComplete = status.Replicas == status.UpdatedReplicas && current?.Reason == DeploymentConditions.NewReplicaSetAvailable;
        if (hasDeadline && !alreadyComplete)
        {
            status = WithProgress(status, newRs, current);
        }

        status = DeploymentStatuses.ReplicaFailure(all, newRs) is { } failure
            ? DeploymentConditions.Set(status, failure)
            : DeploymentConditions.Remove(status, DeploymentConditions.ReplicaFailure);

        _recheckAfter = DeploymentStatuses.StuckRecheck(D, status, _context.Time.GetUtcNow());
        await SaveStatusAsync(status).ConfigureAwait(false);
    }

    private DeploymentStatus WithProgress(DeploymentStatus status, ReplicaSet? newRs, DeploymentCondition? current)
    {
        var subject = newRs is null ? $"Deployment \"{D.Metadata.Name}\"" : $"ReplicaSet \"{newRs.Metadata.Name}\"";
        if (DeploymentStatuses.IsComplete(D, status))
        {
            return DeploymentConditions.Set(status, DeploymentConditions.New(
                DeploymentConditions.Progressing, "True", DeploymentConditions.NewReplicaSetAvailable, $"{subject} has successfully progressed.", _now));
        }

        if (DeploymentStatuses.IsProgressing(D, status))
        {
            // Progress refreshes lastUpdateTime even when the reason stays; lastTransitionTime only moves when the status does.
            var progressing = DeploymentConditions.New(
                DeploymentConditions.Progressing, "True", DeploymentConditions.ReplicaSetUpdated, $"{subject} is progressing.", _now);
            if (current is not null)
            {
                if (current.Status == "True")
                {
                    progressing = progressing with { LastTransitionTime = current.LastTransitionTime };
                }

                status = DeploymentConditions.Remove(status, DeploymentConditions.Progressing);
            }

            return DeploymentConditions.Set(status, progressing);
        }

        if (DeploymentStatuses.HasTimedOut(D, status, _now))
        {
            return DeploymentConditions.Set(status, DeploymentConditions.New(
                DeploymentConditions.Progressing, "False", DeploymentConditions.ProgressDeadlineExceeded, $"{subject} has timed out progressing.", _now));
        }

        return status;
    }
}
