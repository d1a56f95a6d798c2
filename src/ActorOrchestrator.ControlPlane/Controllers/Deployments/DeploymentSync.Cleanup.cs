using ActorOrchestrator.Api.Apps;

namespace ActorOrchestrator.ControlPlane.Controllers.Deployments;

/// <summary>Keeping at most revisionHistoryLimit old replica sets: the oldest revisions without replicas go.</summary>
internal sealed partial class DeploymentSync
{
    private async Task CleanupAsync(List<ReplicaSet> oldRs)
    {
        if (!DeploymentStatuses.HasRevisionHistoryLimit(D))
        {
            return;
        }

        var cleanable = oldRs.Where(rs => rs.Metadata.DeletionTimestamp is null).ToList();
        var surplus = cleanable.Count - D.Spec.RevisionHistoryLimit!.Value;
        if (surplus <= 0)
        {
            return;
        }

        foreach (var rs in ReplicaSetOrder.ByRevision(cleanable).Take(surplus))
        {
            if ((rs.Status?.Replicas ?? 0) != 0 || RolloutMath.Replicas(rs) != 0 ||
                (rs.Metadata.Generation ?? 0) > (rs.Status?.ObservedGeneration ?? 0))
            {
                continue;
            }

            await DeleteReplicaSetAsync(rs).ConfigureAwait(false);
        }
    }
}
