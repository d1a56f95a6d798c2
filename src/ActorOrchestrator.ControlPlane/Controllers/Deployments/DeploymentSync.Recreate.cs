using ActorOrchestrator.Api.Apps;
using ActorOrchestrator.Api.Core;
using ActorOrchestrator.ControlPlane.Controllers.Shared;

namespace ActorOrchestrator.ControlPlane.Controllers.Deployments;

/// <summary>The Recreate strategy: every old pod gone first, then the new replica set scaled up at once.</summary>
internal sealed partial class DeploymentSync
{
    private async Task RolloutRecreateAsync()
    {
        var (newRs, oldRs) = await ReplicaSetsAndSyncRevisionAsync(createIfMissing: false).ConfigureAwait(false);
        var scaledDown = false;
        foreach (var old in oldRs.Where(rs => RolloutMath.Replicas(rs) > 0))
        {
            scaledDown |= await ScaleReplicaSetAndRecordEventAsync(old, 0).ConfigureAwait(false);
        }

        if (scaledDown || await OldPodsRunningAsync(newRs, Current(oldRs)).ConfigureAwait(false))
        {
            newRs = Current(newRs);
            await SyncRolloutStatusAsync(All(newRs, Current(oldRs)), newRs).ConfigureAwait(false);
            return;
        }

        if (newRs is null)
        {
            (newRs, oldRs) = await ReplicaSetsAndSyncRevisionAsync(createIfMissing: true).ConfigureAwait(false);
        }

        await ScaleReplicaSetAndRecordEventAsync(Current(newRs)!, Desired).ConfigureAwait(false);
        if (DeploymentStatuses.IsComplete(D, D.Status ?? new DeploymentStatus()))
        {
            await CleanupAsync(Current(oldRs)).ConfigureAwait(false);
        }

        newRs = Current(newRs);
        await SyncRolloutStatusAsync(All(newRs, Current(oldRs)), newRs).ConfigureAwait(false);
    }

    /// <summary>Old replica sets still report replicas, or pods of theirs have not finished (terminating ones included).</summary>
    private async Task<bool> OldPodsRunningAsync(ReplicaSet? newRs, List<ReplicaSet> oldRs)
    {
        if (RolloutMath.ActualReplicas(oldRs) > 0)
        {
            return true;
        }

        var oldUids = oldRs.Select(rs => rs.Metadata.Uid).ToHashSet(StringComparer.Ordinal);
        var pods = await PodsAsync().ConfigureAwait(false);
        return pods.Any(pod =>
            ControllerRefs.ControllerOf(pod.Metadata)?.Uid is { } owner && owner != newRs?.Metadata.Uid && oldUids.Contains(owner) &&
            pod.Status?.Phase is not ("Succeeded" or "Failed"));
    }
}
