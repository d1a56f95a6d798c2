using ActorOrchestrator.Api.Errors;
using ActorOrchestrator.Api.Meta;
using ActorOrchestrator.ControlPlane.Access;
using ActorOrchestrator.ControlPlane.Events;

namespace ActorOrchestrator.ControlPlane.Controllers.Shared;

/// <summary>Carries out an <see cref="OwnershipClaim{T}"/>: patches adopted orphans and released dependents.</summary>
internal static class OwnershipWrites
{
    /// <returns>What the owner controls afterwards: its own dependents and the orphans it did adopt.</returns>
    public static async Task<IReadOnlyList<T>> ApplyAsync<T>(
        ReconcileContext context, OwnershipClaim<T> claim, WrittenVersions written, CancellationToken cancellationToken)
        where T : class, IKubernetesObject
    {
        var owner = context.Object;
        var owned = new List<T>(claim.Owned);
        foreach (var orphan in claim.Adopt)
        {
            if (await PatchAsync(context, orphan, OwnershipPatches.Adopt(owner, orphan), "adopting", written, cancellationToken)
                    .ConfigureAwait(false) is T adopted && ControllerRefs.IsControlledBy(adopted.Metadata, owner.Metadata.Uid))
            {
                owned.Add(adopted);
            }
        }

        foreach (var dependent in claim.Release)
        {
            await PatchAsync(context, dependent, OwnershipPatches.Release(owner, dependent), "releasing", written, cancellationToken)
                .ConfigureAwait(false);
        }

        return owned;
    }

    private static async Task<IKubernetesObject?> PatchAsync(
        ReconcileContext context, IKubernetesObject dependent, PatchRequest patch, string action, WrittenVersions written,
        CancellationToken cancellationToken)
    {
        var owner = context.Object;
        try
        {
            var patched = await context.Client.PatchAsync(ResourceKey.Of(dependent), patch, WriteOptions.Default, cancellationToken)
                .ConfigureAwait(false);
            written.Observe(owner.Metadata.Uid!, patched.Metadata.ResourceVersion);
            return patched;
        }
        catch (StatusException refused) when (refused.Code is 404 or 409 or 422)
        {
            // Gone, replaced or claimed by another controller meanwhile: the next run sees how it ended.
            ControllerLog.WriteFailed(context.Log, owner.Kind ?? "", owner.Metadata.Namespace, owner.Metadata.Name,
                $"{action} {dependent.Kind} {dependent.Metadata.Name}", refused.Message);
            return null;
        }
    }
}
