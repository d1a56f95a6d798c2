using ActorOrchestrator.Api;
using ActorOrchestrator.Api.Meta;

namespace ActorOrchestrator.ControlPlane.Controllers.Shared;

/// <summary>Kubernetes' controller references: the one ownerReference with <c>controller: true</c>.</summary>
internal static class ControllerRefs
{
    public static OwnerReference? ControllerOf(ObjectMeta meta) =>
        meta.OwnerReferences?.FirstOrDefault(reference => reference.Controller == true);

    public static bool IsControlledBy(ObjectMeta meta, string? ownerUid) =>
        ownerUid is not null && ControllerOf(meta)?.Uid == ownerUid;

    /// <summary>The reference a controller puts on what it creates or adopts (<c>metav1.NewControllerRef</c>).</summary>
    public static OwnerReference For(IKubernetesObject owner)
    {
        var kind = ResourceKinds.Of(owner);
        return new OwnerReference
        {
            ApiVersion = kind.ApiVersion,
            Kind = kind.Kind,
            Name = owner.Metadata.Name,
            Uid = owner.Metadata.Uid,
            Controller = true,
            BlockOwnerDeletion = true,
        };
    }
}
