using ActorOrchestrator.Api.Core;

namespace ActorOrchestrator.ControlPlane.Controllers.ReplicaSets;

/// <summary>
/// Which pods a shrinking replica set deletes first, least valuable first as Kubernetes' <c>ActivePods</c> order:
/// unassigned before assigned, Pending before Unknown before Running, not ready before ready, ready for a shorter time
/// before longer, more restarts before fewer, newer before older.
/// </summary>
internal sealed class PodDeletionOrder : IComparer<Pod>
{
    public static readonly PodDeletionOrder Instance = new();

    private PodDeletionOrder()
    {
    }

    public int Compare(Pod? x, Pod? y)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        int result;
        if ((result = PodStates.IsAssigned(x).CompareTo(PodStates.IsAssigned(y))) != 0 ||
            (result = PhaseRank(x).CompareTo(PhaseRank(y))) != 0 ||
            (result = PodStates.IsReady(x).CompareTo(PodStates.IsReady(y))) != 0)
        {
            return result;
        }

        if (PodStates.IsReady(x) &&
            (result = ReadySince(y).CompareTo(ReadySince(x))) != 0)
        {
            return result;
        }

        if ((result = PodStates.RestartCount(y).CompareTo(PodStates.RestartCount(x))) != 0)
        {
            return result;
        }

        // Newer first; a pod without a creation time counts as the newest.
        var createdX = x.Metadata.CreationTimestamp ?? DateTimeOffset.MaxValue;
        var createdY = y.Metadata.CreationTimestamp ?? DateTimeOffset.MaxValue;
        return createdY.CompareTo(createdX);
    }

    private static int PhaseRank(Pod pod) => pod.Status?.Phase switch
    {
        "Pending" or null or "" => 0,
        "Unknown" => 1,
        "Running" => 2,
        _ => 3,
    };

    // A readiness without a time counts as the most recent.
    private static DateTimeOffset ReadySince(Pod pod) => PodStates.ReadyCondition(pod)?.LastTransitionTime ?? DateTimeOffset.MaxValue;
}
