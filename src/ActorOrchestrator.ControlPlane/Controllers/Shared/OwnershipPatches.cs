using System.Text.Json.Nodes;
using ActorOrchestrator.Api.Meta;
using ActorOrchestrator.Api.Patching;
using ActorOrchestrator.Api.Serialization;
using ActorOrchestrator.ControlPlane.Access;

namespace ActorOrchestrator.ControlPlane.Controllers.Shared;

/// <summary>
/// The strategic merge patches Kubernetes' controllers send to adopt and release dependents; both carry the
/// dependent's uid, so a replaced object of the same name is left alone.
/// </summary>
internal static class OwnershipPatches
{
    public static PatchRequest Adopt(IKubernetesObject owner, IKubernetesObject dependent) =>
        Patch(dependent, ApiSerializer.ToJsonObject(ControllerRefs.For(owner)));

    public static PatchRequest Release(IKubernetesObject owner, IKubernetesObject dependent) =>
        Patch(dependent, new JsonObject { ["$patch"] = "delete", ["uid"] = owner.Metadata.Uid });

    private static PatchRequest Patch(IKubernetesObject dependent, JsonObject reference) => new(
        PatchType.StrategicMergePatch,
        new JsonObject
        {
            ["metadata"] = new JsonObject
            {
                ["ownerReferences"] = new JsonArray(reference),
                ["uid"] = dependent.Metadata.Uid,
            },
        });
}
