using System.Text.Json.Nodes;
using ActorOrchestrator.Api;
using ActorOrchestrator.Api.Apps;
using ActorOrchestrator.Api.Core;
using ActorOrchestrator.Api.Errors;
using ActorOrchestrator.Api.Patching;
using ActorOrchestrator.Api.Selectors;
using ActorOrchestrator.Api.Serialization;
using ActorOrchestrator.ControlPlane.Access;
using ActorOrchestrator.ControlPlane.Controllers.Shared;
using ActorOrchestrator.ControlPlane.Events;

namespace ActorOrchestrator.ControlPlane.Controllers.Deployments;

/// <summary>
/// One run of the deployment controller over one deployment, in Kubernetes' order: paused conditions, then a pure
/// scaling (<c>sync</c>), or a rollout by strategy; the status last. Holds the deployment as stored plus the status
/// the run has worked out so far, and the replica sets it owns as they are after its writes.
/// </summary>
internal sealed partial class DeploymentSync
{
    private readonly ReconcileContext _context;
    private readonly WrittenVersions _written;
    private readonly LabelMatcher _selector;
    private readonly CancellationToken _cancellationToken;
    private readonly List<ReplicaSet> _replicaSets;
    private readonly DateTimeOffset _now;
    private Deployment _stored;
    private TimeSpan? _recheckAfter;

    public DeploymentSync(
        ReconcileContext context, WrittenVersions written, Deployment deployment, IReadOnlyList<ReplicaSet> owned,
        LabelMatcher selector, CancellationToken cancellationToken)
    {
        _context = context;
        _written = written;
        _selector = selector;
        _cancellationToken = cancellationToken;
        _replicaSets = [.. owned];
        _now = Rfc3339.TruncateToSeconds(context.Time.GetUtcNow());
        _stored = deployment;
        D = deployment;
    }

    /// <summary>The deployment as stored, with the status this run has worked out so far.</summary>
    private Deployment D { get; set; }

    private int Desired => RolloutMath.Desired(D);

    public async Task<ReconcileResult> RunAsync()
    {
        if (D.Metadata.DeletionTimestamp is not null)
        {
            var (newRs, oldRs) = await ReplicaSetsAndSyncRevisionAsync(createIfMissing: false).ConfigureAwait(false);
            await SyncStatusAsync(All(newRs, oldRs), newRs).ConfigureAwait(false);
            return ReconcileResult.Done;
        }

        await CheckPausedConditionsAsync().ConfigureAwait(false);
        if (D.Spec.Paused == true || await IsScalingEventAsync().ConfigureAwait(false))
        {
            await SyncAsync().ConfigureAwait(false);
        }
        else if (RolloutMath.IsRollingUpdate(D))
        {
            await RolloutRollingAsync().ConfigureAwait(false);
        }
        else
        {
            await RolloutRecreateAsync().ConfigureAwait(false);
        }

        return _recheckAfter is { } after ? ReconcileResult.After(after) : ReconcileResult.Done;
    }

    /// <summary>A scaling of the deployment (or a paused one): resize the replica sets, keep the rollout where it is.</summary>
    private async Task SyncAsync()
    {
        var (newRs, oldRs) = await ReplicaSetsAndSyncRevisionAsync(createIfMissing: false).ConfigureAwait(false);
        await ScaleAsync(newRs, oldRs).ConfigureAwait(false);
        if (D.Spec.Paused == true)
        {
            await CleanupAsync(Current(oldRs)).ConfigureAwait(false);
        }

        newRs = Current(newRs);
        await SyncStatusAsync(All(newRs, Current(oldRs)), newRs).ConfigureAwait(false);
    }

    /// <summary>Some active replica set was sized for another replica count than the deployment's now.</summary>
    private async Task<bool> IsScalingEventAsync()
    {
        var (newRs, oldRs) = await ReplicaSetsAndSyncRevisionAsync(createIfMissing: false).ConfigureAwait(false);
        return All(newRs, oldRs)
            .Where(rs => RolloutMath.Replicas(rs) > 0)
            .Any(rs => DeploymentAnnotations.IntAnnotation(rs, DeploymentAnnotations.DesiredReplicas) is { } desired && desired != Desired);
    }

    private async Task CheckPausedConditionsAsync()
    {
        if (!DeploymentStatuses.HasProgressDeadline(D))
        {
            return;
        }

        var condition = DeploymentConditions.Get(D.Status, DeploymentConditions.Progressing);
        if (condition?.Reason == DeploymentConditions.ProgressDeadlineExceeded)
        {
            return;
        }

        var pausedNoted = condition?.Reason == DeploymentConditions.DeploymentPaused;
        var paused = D.Spec.Paused == true;
        if (paused != pausedNoted)
        {
            var updated = paused
                ? DeploymentConditions.New(DeploymentConditions.Progressing, "Unknown", DeploymentConditions.DeploymentPaused, "Deployment is paused", _now)
                : DeploymentConditions.New(DeploymentConditions.Progressing, "Unknown", DeploymentConditions.DeploymentResumed, "Deployment is resumed", _now);
            await SaveStatusAsync(DeploymentConditions.Set(D.Status ?? new DeploymentStatus(), updated)).ConfigureAwait(false);
        }
    }

    private static List<ReplicaSet> All(ReplicaSet? newRs, IEnumerable<ReplicaSet> oldRs) =>
        newRs is null ? [.. oldRs] : [.. oldRs, newRs];

    /// <summary>The replica set as this run last wrote or read it.</summary>
    private ReplicaSet? Current(ReplicaSet? replicaSet) =>
        replicaSet is null ? null : _replicaSets.FirstOrDefault(rs => rs.Metadata.Uid == replicaSet.Metadata.Uid) ?? replicaSet;

    private List<ReplicaSet> Current(IEnumerable<ReplicaSet> replicaSets) => [.. replicaSets.Select(rs => Current(rs)!)];

    private void Remember(ReplicaSet replicaSet)
    {
        _written.Observe(D.Metadata.Uid!, replicaSet.Metadata.ResourceVersion);
        var index = _replicaSets.FindIndex(rs => rs.Metadata.Uid == replicaSet.Metadata.Uid);
        if (index >= 0)
        {
            _replicaSets[index] = replicaSet;
        }
        else
        {
            _replicaSets.Add(replicaSet);
        }
    }

    /// <summary>Writes the status unless it equals the stored one.</summary>
    private async Task SaveStatusAsync(DeploymentStatus status)
    {
        D = D with { Status = status };
        if (ApiSerializer.ToJson(status) == ApiSerializer.ToJson(_stored.Status ?? new DeploymentStatus()))
        {
            return;
        }

        _stored = (Deployment)await _context.Client.UpdateStatusAsync(D, WriteOptions.Default, _cancellationToken).ConfigureAwait(false);
        D = _stored;
    }

    /// <summary>Sets the deployment's revision annotation (a metadata patch; the status stays this run's).</summary>
    private async Task SaveRevisionAsync(string revision)
    {
        if (D.Metadata.Annotations?.GetValueOrDefault(DeploymentAnnotations.Revision) == revision)
        {
            return;
        }

        var patch = new JsonObject
        {
            ["metadata"] = new JsonObject
            {
                ["annotations"] = new JsonObject { [DeploymentAnnotations.Revision] = revision },
                ["uid"] = D.Metadata.Uid,
            },
        };
        _stored = (Deployment)await _context.Client.PatchAsync(
            ResourceKey.Of(D), new PatchRequest(PatchType.MergePatch, patch), WriteOptions.Default, _cancellationToken).ConfigureAwait(false);
        D = _stored with { Status = D.Status };
    }

    /// <summary>Resizes a replica set (and refreshes its replica annotations) with a merge patch; records ScalingReplicaSet.</summary>
    private async Task<bool> ScaleReplicaSetAsync(ReplicaSet replicaSet, int newScale, string operation)
    {
        var oldScale = RolloutMath.Replicas(replicaSet);
        var sizeChanges = oldScale != newScale;
        var maxReplicas = Desired + RolloutMath.MaxSurge(D);
        if (!sizeChanges && !DeploymentAnnotations.ReplicasAnnotationsNeedUpdate(replicaSet, Desired, maxReplicas))
        {
            return false;
        }

        var annotations = new Dictionary<string, string>(StringComparer.Ordinal);
        DeploymentAnnotations.SetReplicasAnnotations(annotations, Desired, maxReplicas);
        var patch = new JsonObject
        {
            ["metadata"] = new JsonObject { ["annotations"] = ToJson(annotations), ["uid"] = replicaSet.Metadata.Uid },
            ["spec"] = new JsonObject { ["replicas"] = newScale },
        };
        var scaled = (ReplicaSet)await _context.Client.PatchAsync(
            ResourceKey.Of(replicaSet), new PatchRequest(PatchType.MergePatch, patch), WriteOptions.Default, _cancellationToken).ConfigureAwait(false);
        Remember(scaled);
        if (sizeChanges)
        {
            _context.Events.Record(D, "Normal", "ScalingReplicaSet",
                $"Scaled {operation} replica set {replicaSet.Metadata.Name} from {oldScale} to {newScale}");
        }

        return sizeChanges;
    }

    private Task<bool> ScaleReplicaSetAndRecordEventAsync(ReplicaSet replicaSet, int newScale) =>
        RolloutMath.Replicas(replicaSet) == newScale
            ? Task.FromResult(false)
            : ScaleReplicaSetAsync(replicaSet, newScale, RolloutMath.Replicas(replicaSet) < newScale ? "up" : "down");

    private static JsonObject ToJson(IReadOnlyDictionary<string, string> map)
    {
        var json = new JsonObject();
        foreach (var (key, value) in map)
        {
            json[key] = value;
        }

        return json;
    }

    private async Task<IReadOnlyList<Pod>> PodsAsync() =>
        await ViewReads.CandidatesAsync<Pod>(_context, ResourceKinds.Pod, _selector, _cancellationToken).ConfigureAwait(false);

    private async Task DeleteReplicaSetAsync(ReplicaSet replicaSet)
    {
        try
        {
            var result = await _context.Client.DeleteAsync(
                ResourceKey.Of(replicaSet), new DeleteOptions { PreconditionUid = replicaSet.Metadata.Uid }, _cancellationToken)
                .ConfigureAwait(false);
            _written.Observe(D.Metadata.Uid!, result.Object.Metadata.ResourceVersion);
            _replicaSets.RemoveAll(rs => rs.Metadata.Uid == replicaSet.Metadata.Uid);
        }
        catch (StatusException gone) when (gone.Code == 404)
        {
            _replicaSets.RemoveAll(rs => rs.Metadata.Uid == replicaSet.Metadata.Uid);
        }
    }
}
