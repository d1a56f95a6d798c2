using ActorOrchestrator.Api.Apps;

namespace ActorOrchestrator.ControlPlane.Controllers.Deployments;

/// <summary>The orders Kubernetes' deployment controller sorts replica sets in.</summary>
internal static class ReplicaSetOrder
{
    /// <summary>Oldest first; ties by name.</summary>
    public static List<ReplicaSet> ByCreation(IEnumerable<ReplicaSet> replicaSets) =>
        [.. replicaSets.OrderBy(Created).ThenBy(rs => rs.Metadata.Name, StringComparer.Ordinal)];

    /// <summary>Newest first; ties by name, reversed.</summary>
    public static List<ReplicaSet> ByCreationNewestFirst(IEnumerable<ReplicaSet> replicaSets) =>
        [.. replicaSets.OrderByDescending(Created).ThenByDescending(rs => rs.Metadata.Name, StringComparer.Ordinal)];

    /// <summary>Lowest revision first; ties oldest first.</summary>
    public static List<ReplicaSet> ByRevision(IEnumerable<ReplicaSet> replicaSets) =>
        [.. replicaSets.OrderBy(DeploymentAnnotations.RevisionOf).ThenBy(Created).ThenBy(rs => rs.Metadata.Name, StringComparer.Ordinal)];

    /// <summary>Largest first; ties newer first (where a scale-up adds its leftovers).</summary>
    public static List<ReplicaSet> BySizeNewer(IEnumerable<ReplicaSet> replicaSets) =>
        [.. replicaSets.OrderByDescending(RolloutMath.Replicas).ThenByDescending(Created).ThenBy(rs => rs.Metadata.Name, StringComparer.Ordinal)];

    /// <summary>Largest first; ties older first (where a scale-down takes its leftovers).</summary>
    public static List<ReplicaSet> BySizeOlder(IEnumerable<ReplicaSet> replicaSets) =>
        [.. replicaSets.OrderByDescending(RolloutMath.Replicas).ThenBy(Created).ThenBy(rs => rs.Metadata.Name, StringComparer.Ordinal)];

    /// <summary>
    /// The one replica set with replicas when only one has any, the newest (the new one first) when none has any,
    /// otherwise null: a rollout is in progress (<c>FindActiveOrLatest</c>).
    /// </summary>
    public static ReplicaSet? ActiveOrLatest(ReplicaSet? newReplicaSet, IReadOnlyList<ReplicaSet> oldReplicaSets)
    {
        if (newReplicaSet is null && oldReplicaSets.Count == 0)
        {
            return null;
        }

        var newestFirst = ByCreationNewestFirst(oldReplicaSets);
        var active = newestFirst.Append(newReplicaSet).Where(rs => RolloutMath.Replicas(rs) > 0).ToList();
        return active.Count switch
        {
            0 => newReplicaSet ?? newestFirst[0],
            1 => active[0],
            _ => null,
        };
    }

    private static DateTimeOffset Created(ReplicaSet replicaSet) => replicaSet.Metadata.CreationTimestamp ?? DateTimeOffset.MinValue;
}
