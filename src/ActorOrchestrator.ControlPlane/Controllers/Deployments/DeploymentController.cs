using ActorOrchestrator.Api;
using ActorOrchestrator.Api.Apps;
using ActorOrchestrator.Api.Errors;
using ActorOrchestrator.Api.Meta;
using ActorOrchestrator.Api.Selectors;
using ActorOrchestrator.ControlPlane.Controllers.Shared;

namespace ActorOrchestrator.ControlPlane.Controllers.Deployments;

/// <summary>
/// Kubernetes' Deployment controller: claims the replica sets of its namespace, keeps one replica set per pod template
/// (named <c>&lt;deployment&gt;-&lt;pod-template-hash&gt;</c>, revisions annotated), rolls from old to new by the
/// RollingUpdate or Recreate strategy, scales proportionally, honours paused, revisionHistoryLimit and
/// progressDeadlineSeconds, and writes the status <c>kubectl rollout status</c> reads. Thread-safe; one instance
/// serves every deployment.
/// </summary>
public sealed class DeploymentController : IResourceController
{
    /// <summary>The <c>source.component</c> of the events it records.</summary>
    public const string Component = "deployment-controller";

    private readonly WrittenVersions _written;

    public DeploymentController(TimeProvider? timeProvider = null)
    {
        _written = new WrittenVersions(timeProvider ?? TimeProvider.System, TimeSpan.FromMinutes(5));
    }

    public ResourceKind Kind => ResourceKinds.Deployment;

    public async Task<ReconcileResult> ReconcileAsync(ReconcileContext context, CancellationToken cancellationToken)
    {
        var deployment = (Deployment)context.Object;
        try
        {
            if (!await ViewReads.CatchUpAsync(context, _written, cancellationToken).ConfigureAwait(false))
            {
                return ReconcileResult.After(ViewReads.RetrySoon);
            }

            var selector = SelectorOf(deployment);
            var candidates = await ViewReads.CandidatesAsync<ReplicaSet>(context, ResourceKinds.ReplicaSet, selector, cancellationToken)
                .ConfigureAwait(false);
            var owned = await OwnershipWrites.ApplyAsync(context, OwnershipClaim<ReplicaSet>.Of(deployment, selector, candidates), _written, cancellationToken)
                .ConfigureAwait(false);
            return await new DeploymentSync(context, _written, deployment, owned, selector, cancellationToken).RunAsync().ConfigureAwait(false);
        }
        catch (StatusException conflict) when (conflict.Code == 409)
        {
            ControllerLog.Conflict(context.Log, "Deployment", deployment.Metadata.Namespace, deployment.Metadata.Name, conflict.Message);
            return ReconcileResult.After(ViewReads.RetrySoon);
        }
        catch (RetryLaterException retry)
        {
            ControllerLog.Conflict(context.Log, "Deployment", deployment.Metadata.Namespace, deployment.Metadata.Name, retry.Message);
            return ReconcileResult.After(retry.Delay);
        }
    }

    private static LabelMatcher SelectorOf(Deployment deployment)
    {
        try
        {
            return LabelMatcher.FromLabelSelector(deployment.Spec.Selector);
        }
        catch (SelectorParseException)
        {
            return LabelMatcher.Nothing;
        }
    }
}
