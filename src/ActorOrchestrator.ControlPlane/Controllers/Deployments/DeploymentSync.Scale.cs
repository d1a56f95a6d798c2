using ActorOrchestrator.Api.Apps;

namespace ActorOrchestrator.ControlPlane.Controllers.Deployments;

/// <summary>Scaling a deployment: all to the one active replica set, or proportionally across a rollout in progress (Kubernetes' <c>scale</c>).</summary>
internal sealed partial class DeploymentSync
{
    private async Task ScaleAsync(ReplicaSet? newRs, List<ReplicaSet> oldRs)
    {
        if (ReplicaSetOrder.ActiveOrLatest(newRs, oldRs) is { } only)
        {
            await ScaleReplicaSetAndRecordEventAsync(only, Desired).ConfigureAwait(false);
            return;
        }

        if (RolloutMath.IsSaturated(D, newRs))
        {
            foreach (var old in oldRs.Where(rs => RolloutMath.Replicas(rs) > 0))
            {
                await ScaleReplicaSetAndRecordEventAsync(old, 0).ConfigureAwait(false);
            }

            return;
        }

        if (RolloutMath.IsRollingUpdate(D))
        {
            await ScaleProportionallyAsync(All(newRs, oldRs).Where(rs => RolloutMath.Replicas(rs) > 0).ToList()).ConfigureAwait(false);
        }
    }

    /// <summary>Spreads the change in replicas over the active replica sets by their size; leftovers go to the largest.</summary>
    private async Task ScaleProportionallyAsync(List<ReplicaSet> active)
    {
        var allowed = Desired > 0 ? Desired + RolloutMath.MaxSurge(D) : 0;
        var toAdd = allowed - RolloutMath.SpecReplicas(active);
        var operation = toAdd > 0 ? "up" : toAdd < 0 ? "down" : "";
        if (toAdd != 0)
        {
            active = toAdd > 0 ? ReplicaSetOrder.BySizeNewer(active) : ReplicaSetOrder.BySizeOlder(active);
        }

        var added = 0;
        var sizes = new int[active.Count];
        for (var i = 0; i < active.Count; i++)
        {
            var proportion = toAdd == 0 ? 0 : RolloutMath.Proportion(active[i], D, toAdd, added);
            sizes[i] = RolloutMath.Replicas(active[i]) + proportion;
            added += proportion;
        }

        for (var i = 0; i < active.Count; i++)
        {
            if (i == 0 && toAdd != 0)
            {
                sizes[0] = Math.Max(0, sizes[0] + toAdd - added);
            }

            await ScaleReplicaSetAsync(active[i], sizes[i], operation).ConfigureAwait(false);
        }
    }
}
