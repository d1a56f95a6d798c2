using System.Globalization;
using System.Text.Json.Nodes;
using ActorOrchestrator.Api;
using ActorOrchestrator.Api.Apps;
using ActorOrchestrator.Api.Errors;
using ActorOrchestrator.Api.Meta;
using ActorOrchestrator.Api.Patching;
using ActorOrchestrator.ControlPlane.Access;
using ActorOrchestrator.ControlPlane.Controllers.Shared;
using ActorOrchestrator.ControlPlane.Events;

namespace ActorOrchestrator.ControlPlane.Controllers.Deployments;

/// <summary>Finding or creating the new replica set and keeping revisions in step (Kubernetes' <c>getAllReplicaSetsAndSyncRevision</c>).</summary>
internal sealed partial class DeploymentSync
{
    private static readonly TimeSpan CreateFailureRetry = TimeSpan.FromSeconds(2);

    /// <returns>The new replica set (null when it does not exist and may not be created) and all the old ones.</returns>
    private async Task<(ReplicaSet? New, List<ReplicaSet> Old)> ReplicaSetsAndSyncRevisionAsync(bool createIfMissing)
    {
        var existing = ReplicaSetOrder.ByCreation(_replicaSets)
            .FirstOrDefault(rs => PodTemplateHash.EqualIgnoringHash(rs.Spec.Template, D.Spec.Template));
        var old = _replicaSets.Where(rs => !ReferenceEquals(rs, existing)).ToList();
        var newRs = await NewReplicaSetAsync(existing, old, createIfMissing).ConfigureAwait(false);
        return (newRs, old);
    }

    private async Task<ReplicaSet?> NewReplicaSetAsync(ReplicaSet? existing, List<ReplicaSet> old, bool createIfMissing)
    {
        var newRevision = DeploymentAnnotations.MaxRevision(old) + 1;
        if (existing is not null)
        {
            return await SyncExistingAsync(existing, newRevision).ConfigureAwait(false);
        }

        return createIfMissing ? await CreateNewAsync(old, newRevision).ConfigureAwait(false) : null;
    }

    /// <summary>
    /// The new replica set exists (possibly an old one whose template the deployment took back: a rollback): it gets
    /// the deployment's annotations and the next revision, and the deployment its revision.
    /// </summary>
    private async Task<ReplicaSet> SyncExistingAsync(ReplicaSet existing, long newRevision)
    {
        var annotations = DeploymentAnnotations.Copy(existing.Metadata.Annotations);
        var annotationsChanged = DeploymentAnnotations.SetNewReplicaSetAnnotations(D, annotations, newRevision, exists: true, maxReplicas: 0);
        var minReadySecondsChanged = (existing.Spec.MinReadySeconds ?? 0) != (D.Spec.MinReadySeconds ?? 0);
        if (annotationsChanged || minReadySecondsChanged)
        {
            var patch = new JsonObject
            {
                ["metadata"] = new JsonObject { ["annotations"] = ToJson(annotations), ["uid"] = existing.Metadata.Uid },
                ["spec"] = new JsonObject { ["minReadySeconds"] = D.Spec.MinReadySeconds ?? 0 },
            };
            var updated = (ReplicaSet)await _context.Client.PatchAsync(
                ResourceKey.Of(existing), new PatchRequest(PatchType.MergePatch, patch), WriteOptions.Default, _cancellationToken)
                .ConfigureAwait(false);
            Remember(updated);
            return updated;
        }

        if (existing.Metadata.Annotations?.GetValueOrDefault(DeploymentAnnotations.Revision) is { } revision)
        {
            await SaveRevisionAsync(revision).ConfigureAwait(false);
        }

        if (DeploymentStatuses.HasProgressDeadline(D) && DeploymentConditions.Get(D.Status, DeploymentConditions.Progressing) is null)
        {
            var found = DeploymentConditions.New(DeploymentConditions.Progressing, "True", DeploymentConditions.FoundNewReplicaSet,
                $"Found new replica set \"{existing.Metadata.Name}\"", _now);
            await SaveStatusAsync(DeploymentConditions.Set(D.Status ?? new DeploymentStatus(), found)).ConfigureAwait(false);
        }

        return existing;
    }

    private async Task<ReplicaSet> CreateNewAsync(List<ReplicaSet> old, long newRevision)
    {
        var hash = PodTemplateHash.Compute(D.Spec.Template, D.Status?.CollisionCount);
        var template = D.Spec.Template with
        {
            Metadata = D.Spec.Template.Metadata with { Labels = PodTemplateHash.WithLabel(D.Spec.Template.Metadata.Labels, hash) },
        };
        var candidate = new ReplicaSet
        {
            Metadata = new ObjectMeta
            {
                Name = $"{D.Metadata.Name}-{hash}",
                Namespace = D.Metadata.Namespace,
                OwnerReferences = [ControllerRefs.For(D)],
                Labels = template.Metadata.Labels,
            },
            Spec = new ReplicaSetSpec
            {
                Replicas = 0,
                MinReadySeconds = D.Spec.MinReadySeconds,
                Selector = PodTemplateHash.WithLabel(D.Spec.Selector, hash),
                Template = template,
            },
        };
        var replicas = RolloutMath.NewReplicaSetReplicas(D, [.. old, candidate], candidate);
        var annotations = new Dictionary<string, string>(StringComparer.Ordinal);
        DeploymentAnnotations.SetNewReplicaSetAnnotations(D, annotations, newRevision, exists: false, Desired + RolloutMath.MaxSurge(D));
        candidate = candidate with
        {
            Metadata = candidate.Metadata with { Annotations = annotations },
            Spec = candidate.Spec with { Replicas = replicas },
        };

        var (created, alreadyExisted) = await CreateOrFindAsync(candidate).ConfigureAwait(false);
        Remember(created);
        if (!alreadyExisted && replicas > 0)
        {
            _context.Events.Record(D, "Normal", "ScalingReplicaSet", $"Scaled up replica set {created.Metadata.Name} from 0 to {replicas}");
        }

        await SaveRevisionAsync(newRevision.ToString(CultureInfo.InvariantCulture)).ConfigureAwait(false);
        if (!alreadyExisted && DeploymentStatuses.HasProgressDeadline(D))
        {
            var condition = DeploymentConditions.New(DeploymentConditions.Progressing, "True", DeploymentConditions.NewReplicaSetCreated,
                $"Created new replica set \"{created.Metadata.Name}\"", _now);
            await SaveStatusAsync(DeploymentConditions.Set(D.Status ?? new DeploymentStatus(), condition)).ConfigureAwait(false);
        }

        return created;
    }

    /// <summary>
    /// Creates the replica set; when its name is taken by this deployment's replica set of the same template (a write
    /// the view did not show yet) that one is it; when taken by another, the hash collided: the collision count grows
    /// and the next run tries the next name.
    /// </summary>
    private async Task<(ReplicaSet ReplicaSet, bool AlreadyExisted)> CreateOrFindAsync(ReplicaSet candidate)
    {
        try
        {
            return ((ReplicaSet)await _context.Client.CreateAsync(candidate, WriteOptions.Default, _cancellationToken).ConfigureAwait(false), false);
        }
        catch (StatusException exists) when (exists.Code == 409)
        {
            var found = _context.View.Get(ResourceKinds.ReplicaSet, candidate.Metadata.Namespace, candidate.Metadata.Name!)?.ToObject<ReplicaSet>();
            if (found is null)
            {
                throw new RetryLaterException(CreateFailureRetry, $"replica set {candidate.Metadata.Name} exists but is not in the view yet");
            }

            if (ControllerRefs.IsControlledBy(found.Metadata, D.Metadata.Uid) && PodTemplateHash.EqualIgnoringHash(D.Spec.Template, found.Spec.Template))
            {
                return (found, true);
            }

            var status = D.Status ?? new DeploymentStatus();
            await SaveStatusAsync(status with { CollisionCount = (status.CollisionCount ?? 0) + 1 }).ConfigureAwait(false);
            throw new RetryLaterException(TimeSpan.Zero, $"hash collision on replica set {candidate.Metadata.Name}");
        }
        catch (StatusException refused)
        {
            var message = $"Failed to create new replica set \"{candidate.Metadata.Name}\": {refused.Message}";
            if (DeploymentStatuses.HasProgressDeadline(D))
            {
                var condition = DeploymentConditions.New(DeploymentConditions.Progressing, "False", DeploymentConditions.ReplicaSetCreateError, message, _now);
                await SaveStatusAsync(DeploymentConditions.Set(D.Status ?? new DeploymentStatus(), condition)).ConfigureAwait(false);
            }

            _context.Events.Record(D, "Warning", DeploymentConditions.ReplicaSetCreateError, message);
            throw new RetryLaterException(CreateFailureRetry, message);
        }
    }
}
