using ActorOrchestrator.Api.Core;

namespace ActorOrchestrator.ControlPlane.Controllers.ReplicaSets;

/// <summary>What a replica set must do about its active pods: create some, delete some (least valuable first), or nothing.</summary>
internal sealed record ReplicaSetPlan(int Create, IReadOnlyList<Pod> Delete)
{
    public static readonly ReplicaSetPlan Nothing = new(0, []);

    /// <summary>The most pods one run creates or deletes (Kubernetes' burstReplicas); the next run does the rest.</summary>
    public const int Burst = 500;

    public static ReplicaSetPlan For(int desired, IReadOnlyList<Pod> activePods)
    {
        var diff = activePods.Count - desired;
        if (diff < 0)
        {
            return new ReplicaSetPlan(Math.Min(-diff, Burst), []);
        }

        if (diff > 0)
        {
            var ranked = activePods.Order(PodDeletionOrder.Instance).Take(Math.Min(diff, Burst)).ToList();
            return new ReplicaSetPlan(0, ranked);
        }

        return Nothing;
    }
}
