using ActorOrchestrator.Api.Apps;
using ActorOrchestrator.Api.Core;
using ActorOrchestrator.Api.Errors;
using ActorOrchestrator.ControlPlane.Access;
using ActorOrchestrator.ControlPlane.Controllers.Shared;
using ActorOrchestrator.ControlPlane.Events;

namespace ActorOrchestrator.ControlPlane.Controllers.ReplicaSets;

/// <summary>Creating and deleting pods (Kubernetes' <c>manageReplicas</c>).</summary>
public sealed partial class ReplicaSetController
{
    private async Task<ManageFailure?> ManageReplicasAsync(
        ReconcileContext context, ReplicaSet replicaSet, IReadOnlyList<Pod> activePods, CancellationToken cancellationToken)
    {
        var plan = ReplicaSetPlan.For(replicaSet.Spec.Replicas ?? 1, activePods);
        if (plan.Create > 0)
        {
            var template = PodTemplates.PodFor(replicaSet);
            var (_, failure) = await SlowStart.RunAsync(
                plan.Create, token => CreatePodAsync(context, replicaSet, template, token), cancellationToken).ConfigureAwait(false);
            if (failure is not null)
            {
                var message = $"Error creating: {Describe(failure)}";
                context.Events.Record(replicaSet, "Warning", "FailedCreate", message);
                ControllerLog.WriteFailed(context.Log, "ReplicaSet", replicaSet.Metadata.Namespace, replicaSet.Metadata.Name, "creating pods", Describe(failure));
                return new ManageFailure("FailedCreate", message);
            }
        }

        if (plan.Delete.Count > 0)
        {
            var deletions = plan.Delete.Select(pod => DeletePodAsync(context, replicaSet, pod, cancellationToken)).ToList();
            var failures = await Task.WhenAll(deletions).ConfigureAwait(false);
            if (failures.FirstOrDefault(failure => failure is not null) is { } failed)
            {
                return new ManageFailure("FailedDelete", failed);
            }
        }

        return null;
    }

    private async Task CreatePodAsync(ReconcileContext context, ReplicaSet replicaSet, Pod template, CancellationToken cancellationToken)
    {
        var created = await context.Client.CreateAsync(template, WriteOptions.Default, cancellationToken).ConfigureAwait(false);
        _written.Observe(replicaSet.Metadata.Uid!, created.Metadata.ResourceVersion);
        context.Events.Record(replicaSet, "Normal", "SuccessfulCreate", $"Created pod: {created.Metadata.Name}");
    }

    /// <returns>The FailedDelete message, or null when the pod is deleted (or was already gone).</returns>
    private async Task<string?> DeletePodAsync(ReconcileContext context, ReplicaSet replicaSet, Pod pod, CancellationToken cancellationToken)
    {
        try
        {
            var result = await context.Client.DeleteAsync(
                ResourceKey.Of(pod), new DeleteOptions { PreconditionUid = pod.Metadata.Uid }, cancellationToken).ConfigureAwait(false);
            _written.Observe(replicaSet.Metadata.Uid!, result.Object.Metadata.ResourceVersion);
            context.Events.Record(replicaSet, "Normal", "SuccessfulDelete", $"Deleted pod: {pod.Metadata.Name}");
            return null;
        }
        catch (StatusException gone) when (gone.Code == 404)
        {
            return null;
        }
        catch (StatusException refused)
        {
            var message = $"Error deleting: {refused.Message}";
            context.Events.Record(replicaSet, "Warning", "FailedDelete", message);
            return message;
        }
    }

    private static string Describe(Exception failure) => failure is StatusException status ? status.Message : failure.Message;
}
