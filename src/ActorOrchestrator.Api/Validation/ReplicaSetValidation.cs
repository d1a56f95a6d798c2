using ActorOrchestrator.Api.Apps;
using ActorOrchestrator.Api.Meta;
using ActorOrchestrator.Api.Selectors;

namespace ActorOrchestrator.Api.Validation;

internal static class ReplicaSetValidation
{
    public static void Validate(ReplicaSet replicaSet, List<FieldError> errors)
    {
        ObjectMetaValidation.Validate(replicaSet.Metadata, namespaced: true, NameRules.Dns1123Subdomain, FieldPath.Of("metadata"), errors);
        var spec = replicaSet.Spec;
        var path = FieldPath.Of("spec");
        Checks.NonNegative(spec.Replicas, path.Child("replicas"), errors);
        Checks.NonNegative(spec.MinReadySeconds, path.Child("minReadySeconds"), errors);
        PodTemplateValidation.ValidateSelector(spec.Selector, path.Child("selector"), errors);
        PodTemplateValidation.Validate(spec.Template, spec.Selector, path.Child("template"), errors);
    }

    public static void ValidateUpdate(ReplicaSet updated, ReplicaSet existing, List<FieldError> errors) =>
        SelectorUnchanged(updated.Spec.Selector, existing.Spec.Selector, errors);

    /// <summary>apps/v1 selectors are immutable.</summary>
    public static void SelectorUnchanged(LabelSelector? updated, LabelSelector? existing, List<FieldError> errors)
    {
        var before = Describe(existing);
        var after = Describe(updated);
        if (before != after)
        {
            errors.Add(new FieldError(FieldErrorType.Invalid, "spec.selector", GoValueFormat.Quote(after), "field is immutable"));
        }
    }

    private static string Describe(LabelSelector? selector)
    {
        try
        {
            return LabelMatcher.FromLabelSelector(selector).ToString();
        }
        catch (SelectorParseException)
        {
            return selector?.ToString() ?? "";
        }
    }
}
