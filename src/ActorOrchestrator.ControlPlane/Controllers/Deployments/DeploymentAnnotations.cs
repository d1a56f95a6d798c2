using System.Globalization;
using ActorOrchestrator.Api.Apps;

namespace ActorOrchestrator.ControlPlane.Controllers.Deployments;

/// <summary>The annotations the deployment controller keeps on deployments and their replica sets (Kubernetes' names and rules).</summary>
internal static class DeploymentAnnotations
{
    public const string Revision = "deployment.kubernetes.io/revision";
    public const string RevisionHistory = "deployment.kubernetes.io/revision-history";
    public const string DesiredReplicas = "deployment.kubernetes.io/desired-replicas";
    public const string MaxReplicas = "deployment.kubernetes.io/max-replicas";

    /// <summary>Longest revision-history annotation, in characters.</summary>
    private const int MaxRevisionHistoryLength = 2000;

    private static readonly HashSet<string> NotCopied = new(StringComparer.Ordinal)
    {
        "kubectl.kubernetes.io/last-applied-configuration",
        Revision,
        RevisionHistory,
        DesiredReplicas,
        MaxReplicas,
        "deprecated.deployment.rollback.to",
    };

    /// <summary>The replica set's revision; 0 when it has none (or an unreadable one).</summary>
    public static long RevisionOf(ReplicaSet replicaSet) =>
        replicaSet.Metadata.Annotations?.TryGetValue(Revision, out var text) == true &&
        long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var revision) ? revision : 0;

    public static long MaxRevision(IEnumerable<ReplicaSet> replicaSets) => replicaSets.Select(RevisionOf).DefaultIfEmpty(0).Max();

    public static int? IntAnnotation(ReplicaSet replicaSet, string key) =>
        replicaSet.Metadata.Annotations?.TryGetValue(key, out var text) == true &&
        int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) ? value : null;

    /// <summary>
    /// Kubernetes' <c>SetNewReplicaSetAnnotations</c> on a copy of <paramref name="annotations"/>: the deployment's own
    /// annotations (change-cause ...) copied, the revision raised to <paramref name="newRevision"/> when lower (an old
    /// revision moving into revision-history: a rollback), and for a replica set about to be created the replica
    /// annotations. Returns whether anything changed.
    /// </summary>
    public static bool SetNewReplicaSetAnnotations(
        Deployment deployment, Dictionary<string, string> annotations, long newRevision, bool exists, int maxReplicas)
    {
        var changed = CopyDeploymentAnnotations(deployment, annotations);
        var hasRevision = annotations.TryGetValue(Revision, out var oldText);
        long oldRevision = 0;
        if (hasRevision && !long.TryParse(oldText, NumberStyles.None, CultureInfo.InvariantCulture, out oldRevision))
        {
            return changed;
        }

        if (oldRevision < newRevision)
        {
            annotations[Revision] = newRevision.ToString(CultureInfo.InvariantCulture);
            changed = true;
            if (hasRevision)
            {
                AppendRevisionHistory(annotations, oldText!);
            }
        }

        if (!exists)
        {
            changed |= SetReplicasAnnotations(annotations, deployment.Spec.Replicas ?? 1, maxReplicas);
        }

        return changed;
    }

    public static bool SetReplicasAnnotations(Dictionary<string, string> annotations, int desired, int max)
    {
        var changed = Set(annotations, DesiredReplicas, desired.ToString(CultureInfo.InvariantCulture));
        return Set(annotations, MaxReplicas, max.ToString(CultureInfo.InvariantCulture)) | changed;
    }

    public static bool ReplicasAnnotationsNeedUpdate(ReplicaSet replicaSet, int desired, int max) =>
        IntAnnotation(replicaSet, DesiredReplicas) != desired || IntAnnotation(replicaSet, MaxReplicas) != max;

    public static Dictionary<string, string> Copy(IReadOnlyDictionary<string, string>? annotations) =>
        new(annotations ?? new Dictionary<string, string>(), StringComparer.Ordinal);

    private static bool CopyDeploymentAnnotations(Deployment deployment, Dictionary<string, string> annotations)
    {
        var changed = false;
        foreach (var (key, value) in deployment.Metadata.Annotations ?? new Dictionary<string, string>())
        {
            if (!NotCopied.Contains(key))
            {
                changed |= Set(annotations, key, value);
            }
        }

        return changed;
    }

    private static void AppendRevisionHistory(Dictionary<string, string> annotations, string oldRevision)
    {
        var history = annotations.GetValueOrDefault(RevisionHistory, "");
        if (history.Length == 0)
        {
            annotations[RevisionHistory] = oldRevision;
            return;
        }

        var entries = history.Split(',').ToList();
        var total = history.Length + oldRevision.Length + 1;
        var start = 0;
        while (total > MaxRevisionHistoryLength && start < entries.Count)
        {
            total -= entries[start].Length + 1;
            start++;
        }

        if (total <= MaxRevisionHistoryLength)
        {
            annotations[RevisionHistory] = string.Join(",", entries.Skip(start).Append(oldRevision));
        }
    }

    private static bool Set(Dictionary<string, string> annotations, string key, string value)
    {
        if (annotations.TryGetValue(key, out var current) && current == value)
        {
            return false;
        }

        annotations[key] = value;
        return true;
    }
}
