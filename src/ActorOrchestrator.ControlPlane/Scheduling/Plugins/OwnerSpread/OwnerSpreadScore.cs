using ActorOrchestrator.ControlPlane.Scheduling.Cache;
using ActorOrchestrator.ControlPlane.Scheduling.Framework;

namespace ActorOrchestrator.ControlPlane.Scheduling.Plugins.OwnerSpread;

/// <summary>
/// Spreads the pods of one controller (the owner reference marked controller, e.g. a ReplicaSet) across nodes:
/// the fewer of its pods a node holds, relative to the busiest feasible node, the higher it scores.
/// </summary>
internal sealed class OwnerSpreadScore : IScorePlugin
{
    public string Name => "OwnerSpread";

    public long Score(PodInfo pod, NodeInfo node) => pod.ControllerUid is { } owner ? node.PodsOfController(owner) : 0;

    public void Normalize(PodInfo pod, Span<long> scores)
    {
        long most = 0;
        foreach (var count in scores)
        {
            most = Math.Max(most, count);
        }
        for (var i = 0; i < scores.Length; i++)
        {
            scores[i] = most == 0 ? 100 : (most - scores[i]) * 100 / most;
        }
    }
}
