using System.Text.Json.Nodes;
using ActorOrchestrator.Api.Core;
using ActorOrchestrator.Api.Serialization;

namespace ActorOrchestrator.Api.Validation;

internal static class PodValidation
{
    private const string UpdateRule =
        "pod updates may not change fields other than `spec.containers[*].image`,`spec.initContainers[*].image`,`spec.activeDeadlineSeconds`,`spec.tolerations` (only additions to existing tolerations),`spec.terminationGracePeriodSeconds` (allow it to be set to 1 if it was previously negative)";

    public static void Validate(Pod pod, List<FieldError> errors)
    {
        ObjectMetaValidation.Validate(pod.Metadata, namespaced: true, NameRules.Dns1123Subdomain, FieldPath.Of("metadata"), errors);
        PodSpecValidation.Validate(pod.Spec, FieldPath.Of("spec"), errors);
    }

    /// <summary>A pod's spec is fixed once created, except images, activeDeadlineSeconds, added tolerations and removed scheduling gates.</summary>
    public static void ValidateUpdate(Pod updated, Pod existing, List<FieldError> errors)
    {
        var before = Mutable(existing.Spec, existing.Spec);
        var after = Mutable(updated.Spec, existing.Spec);
        if (!JsonNode.DeepEquals(before, after))
        {
            errors.Add(FieldError.Forbidden(FieldPath.Of("spec"), UpdateRule));
        }

        var oldTolerations = existing.Spec.Tolerations ?? [];
        var newTolerations = updated.Spec.Tolerations ?? [];
        if (oldTolerations.Any(toleration => !newTolerations.Contains(toleration)))
        {
            errors.Add(FieldError.Forbidden(FieldPath.Of("spec", "tolerations"), "existing toleration can not be modified except its tolerationSeconds"));
        }
    }

    // The spec with the fields an update may change taken from the existing spec, so only immutable differences remain.
    private static JsonObject Mutable(PodSpec spec, PodSpec existing)
    {
        var normalized = spec with
        {
            ActiveDeadlineSeconds = existing.ActiveDeadlineSeconds,
            Tolerations = existing.Tolerations,
            SchedulingGates = existing.SchedulingGates,
            NodeName = existing.NodeName,
            TerminationGracePeriodSeconds = existing.TerminationGracePeriodSeconds,
            Containers = WithImages(spec.Containers, existing.Containers),
            InitContainers = WithImages(spec.InitContainers, existing.InitContainers),
            EphemeralContainers = existing.EphemeralContainers,
        };
        return ApiSerializer.ToJsonObject(normalized);
    }

    private static IReadOnlyList<Container>? WithImages(IReadOnlyList<Container>? containers, IReadOnlyList<Container>? existing) =>
        containers?.Select((container, index) => existing is not null && index < existing.Count
            ? container with { Image = existing[index].Image }
            : container).ToList();
}
