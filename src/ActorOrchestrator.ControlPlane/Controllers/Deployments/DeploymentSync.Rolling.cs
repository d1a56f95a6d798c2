using ActorOrchestrator.Api.Apps;

namespace ActorOrchestrator.ControlPlane.Controllers.Deployments;

/// <summary>The RollingUpdate strategy: surge the new replica set up, then take old replicas down while enough stay available.</summary>
internal sealed partial class DeploymentSync
{
    private async Task RolloutRollingAsync()
    {
        var (newRs, oldRs) = await ReplicaSetsAndSyncRevisionAsync(createIfMissing: true).ConfigureAwait(false);
        if (await ReconcileNewReplicaSetAsync(All(newRs, oldRs), newRs!).ConfigureAwait(false) ||
            await ReconcileOldReplicaSetsAsync(Current(All(newRs, oldRs)), Current(oldRs).Where(rs => RolloutMath.Replicas(rs) > 0).ToList(), Current(newRs)!)
                .ConfigureAwait(false))
        {
            newRs = Current(newRs);
            await SyncRolloutStatusAsync(All(newRs, Current(oldRs)), newRs).ConfigureAwait(false);
            return;
        }

        if (DeploymentStatuses.IsComplete(D, D.Status ?? new DeploymentStatus()))
        {
            await CleanupAsync(Current(oldRs)).ConfigureAwait(false);
        }

        newRs = Current(newRs);
        await SyncRolloutStatusAsync(All(newRs, Current(oldRs)), newRs).ConfigureAwait(false);
    }

    private Task<bool> ReconcileNewReplicaSetAsync(List<ReplicaSet> all, ReplicaSet newRs)
    {
        var replicas = RolloutMath.Replicas(newRs);
        if (replicas == Desired)
        {
            return Task.FromResult(false);
        }

        var target = replicas > Desired ? Desired : RolloutMath.NewReplicaSetReplicas(D, all, newRs);
        return ScaleReplicaSetAndRecordEventAsync(newRs, target);
    }

    private async Task<bool> ReconcileOldReplicaSetsAsync(List<ReplicaSet> all, List<ReplicaSet> activeOld, ReplicaSet newRs)
    {
        if (RolloutMath.SpecReplicas(activeOld) == 0)
        {
            return false;
        }

        var minAvailable = Desired - RolloutMath.MaxUnavailable(D);
        var newUnavailable = RolloutMath.Replicas(newRs) - (newRs.Status?.AvailableReplicas ?? 0);
        var maxScaledDown = RolloutMath.SpecReplicas(all) - minAvailable - newUnavailable;
        if (maxScaledDown <= 0)
        {
            return false;
        }

        var cleanedUp = await CleanupUnhealthyReplicasAsync(activeOld, maxScaledDown).ConfigureAwait(false);
        var scaledDown = await ScaleDownOldForRollingUpdateAsync(Current(activeOld), newRs).ConfigureAwait(false);
        return cleanedUp + scaledDown > 0;
    }

    /// <summary>Scales old replica sets down by their unavailable replicas first: those cost no availability.</summary>
    private async Task<int> CleanupUnhealthyReplicasAsync(List<ReplicaSet> oldRs, int maxCleanup)
    {
        var total = 0;
        foreach (var rs in ReplicaSetOrder.ByCreation(oldRs))
        {
            if (total >= maxCleanup)
            {
                break;
            }

            var replicas = RolloutMath.Replicas(rs);
            var available = rs.Status?.AvailableReplicas ?? 0;
            if (replicas == 0 || replicas == available)
            {
                continue;
            }

            var scaledDown = Math.Min(maxCleanup - total, replicas - available);
            await ScaleReplicaSetAndRecordEventAsync(rs, replicas - scaledDown).ConfigureAwait(false);
            total += scaledDown;
        }

        return total;
    }

    /// <summary>Scales old replica sets down, oldest first, as far as the available replicas stay at least desired - maxUnavailable.</summary>
    private async Task<int> ScaleDownOldForRollingUpdateAsync(List<ReplicaSet> oldRs, ReplicaSet newRs)
    {
        var minAvailable = Desired - RolloutMath.MaxUnavailable(D);
        var available = RolloutMath.AvailableReplicas(Current(All(newRs, oldRs)));
        if (available <= minAvailable)
        {
            return 0;
        }

        var toScaleDown = available - minAvailable;
        var total = 0;
        foreach (var rs in ReplicaSetOrder.ByCreation(oldRs))
        {
            if (total >= toScaleDown)
            {
                break;
            }

            var replicas = RolloutMath.Replicas(rs);
            if (replicas == 0)
            {
                continue;
            }

            var scaleDown = Math.Min(replicas, toScaleDown - total);
            await ScaleReplicaSetAndRecordEventAsync(rs, replicas - scaleDown).ConfigureAwait(false);
            total += scaleDown;
        }

        return total;
    }
}
