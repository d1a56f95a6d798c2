using ActorOrchestrator.Api.Meta;
using ActorOrchestrator.Api.Selectors;

namespace ActorOrchestrator.ControlPlane.Controllers.Shared;

/// <summary>
/// Which candidates a controller owns, adopts and releases (Kubernetes' <c>ClaimObject</c>): its own dependents stay
/// while they match its selector and are released when they no longer do; orphans that match are adopted unless the
/// owner or the orphan is being deleted; dependents of other controllers are left alone.
/// </summary>
internal sealed record OwnershipClaim<T>(IReadOnlyList<T> Owned, IReadOnlyList<T> Adopt, IReadOnlyList<T> Release)
    where T : IKubernetesObject
{
    public static OwnershipClaim<T> Of(IKubernetesObject owner, LabelMatcher selector, IEnumerable<T> candidates)
    {
        var ownerDeleting = owner.Metadata.DeletionTimestamp is not null;
        var owned = new List<T>();
        var adopt = new List<T>();
        var release = new List<T>();
        foreach (var candidate in candidates)
        {
            var controller = ControllerRefs.ControllerOf(candidate.Metadata);
            var matches = selector.Matches(candidate.Metadata.Labels);
            if (controller is not null)
            {
                if (controller.Uid != owner.Metadata.Uid)
                {
                    continue;
                }

                if (matches)
                {
                    owned.Add(candidate);
                }
                else if (!ownerDeleting)
                {
                    release.Add(candidate);
                }
            }
            else if (matches && !ownerDeleting && candidate.Metadata.DeletionTimestamp is null)
            {
                adopt.Add(candidate);
            }
        }

        return new OwnershipClaim<T>(owned, adopt, release);
    }

    /// <summary>What the owner controls once the adoptions went through.</summary>
    public IReadOnlyList<T> OwnedAfterAdoption => [.. Owned, .. Adopt];
}
