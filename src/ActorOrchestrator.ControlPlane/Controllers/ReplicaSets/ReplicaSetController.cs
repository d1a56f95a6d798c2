using ActorOrchestrator.Api;
using ActorOrchestrator.Api.Apps;
using ActorOrchestrator.Api.Core;
using ActorOrchestrator.Api.Errors;
using ActorOrchestrator.Api.Meta;
using ActorOrchestrator.Api.Serialization;
using ActorOrchestrator.ControlPlane.Access;
using ActorOrchestrator.ControlPlane.Controllers.Shared;

namespace ActorOrchestrator.ControlPlane.Controllers.ReplicaSets;

/// <summary>
/// Kubernetes' ReplicaSet controller: claims the pods of its namespace (adopting matching orphans, releasing its pods
/// that stopped matching), creates pods from its template in slow-start batches until the active ones number
/// <c>spec.replicas</c> or deletes the least valuable surplus, and rewrites its status (replicas, ready, available,
/// ReplicaFailure). Thread-safe; one instance serves every replica set.
/// </summary>
public sealed partial class ReplicaSetController : IResourceController
{
    /// <summary>The <c>source.component</c> of the events it records.</summary>
    public const string Component = "replicaset-controller";

    private static readonly TimeSpan FailureRetry = TimeSpan.FromSeconds(2);
    private readonly WrittenVersions _written;

    public ReplicaSetController(TimeProvider? timeProvider = null)
    {
        _written = new WrittenVersions(timeProvider ?? TimeProvider.System, TimeSpan.FromMinutes(5));
    }

    public ResourceKind Kind => ResourceKinds.ReplicaSet;

    public async Task<ReconcileResult> ReconcileAsync(ReconcileContext context, CancellationToken cancellationToken)
    {
        var replicaSet = (ReplicaSet)context.Object;
        try
        {
            return await SyncAsync(context, replicaSet, cancellationToken).ConfigureAwait(false);
        }
        catch (StatusException conflict) when (conflict.Code == 409)
        {
            ControllerLog.Conflict(context.Log, "ReplicaSet", replicaSet.Metadata.Namespace, replicaSet.Metadata.Name, conflict.Message);
            return ReconcileResult.After(ViewReads.RetrySoon);
        }
    }

    private async Task<ReconcileResult> SyncAsync(ReconcileContext context, ReplicaSet replicaSet, CancellationToken cancellationToken)
    {
        if (!await ViewReads.CatchUpAsync(context, _written, cancellationToken).ConfigureAwait(false))
        {
            return ReconcileResult.After(ViewReads.RetrySoon);
        }

        var selector = ReplicaSetStatuses.SelectorOf(replicaSet);
        var candidates = await ViewReads.CandidatesAsync<Pod>(context, ResourceKinds.Pod, selector, cancellationToken).ConfigureAwait(false);
        var owned = await OwnershipWrites.ApplyAsync(context, OwnershipClaim<Pod>.Of(replicaSet, selector, candidates), _written, cancellationToken)
            .ConfigureAwait(false);
        var active = owned.Where(PodStates.IsActive).ToList();
        var terminating = owned.Count(PodStates.IsTerminating);

        ManageFailure? failure = null;
        if (replicaSet.Metadata.DeletionTimestamp is null)
        {
            failure = await ManageReplicasAsync(context, replicaSet, active, cancellationToken).ConfigureAwait(false);
        }

        var now = context.Time.GetUtcNow();
        var status = ReplicaSetStatuses.Calculate(replicaSet, active, terminating, failure, now);
        if (ApiSerializer.ToJson(status) != ApiSerializer.ToJson(replicaSet.Status ?? new ReplicaSetStatus()))
        {
            await context.Client.UpdateStatusAsync(replicaSet with { Status = status }, WriteOptions.Default, cancellationToken)
                .ConfigureAwait(false);
        }

        if (failure is not null)
        {
            return ReconcileResult.After(FailureRetry);
        }

        return ReplicaSetStatuses.NextAvailability(replicaSet, active, now) is { } next
            ? ReconcileResult.After(next - now + TimeSpan.FromMilliseconds(100))
            : ReconcileResult.Done;
    }
}
