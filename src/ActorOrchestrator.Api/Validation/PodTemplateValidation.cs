using ActorOrchestrator.Api.Core;
using ActorOrchestrator.Api.Meta;
using ActorOrchestrator.Api.Selectors;

namespace ActorOrchestrator.Api.Validation;

/// <summary>The pod template of a Deployment or ReplicaSet (<c>ValidatePodTemplateSpecForReplicaSet</c>).</summary>
internal static class PodTemplateValidation
{
    public static void Validate(PodTemplateSpec template, LabelSelector? selector, FieldPath path, List<FieldError> errors)
    {
        if (selector is not null && !LabelSelectorValidation.IsEmpty(selector) && TryMatcher(selector) is { } matcher &&
            !matcher.Matches(template.Metadata.Labels))
        {
            var labels = template.Metadata.Labels is null ? "map[string]string(nil)" : GoValueFormat.Format(template.Metadata.Labels);
            errors.Add(new FieldError(FieldErrorType.Invalid, path.Child("metadata", "labels").ToString(), labels,
                "`selector` does not match template `labels`"));
        }

        ObjectMetaValidation.ValidateLabels(template.Metadata.Labels, path.Child("metadata", "labels"), errors);
        ObjectMetaValidation.ValidateAnnotations(template.Metadata.Annotations, path.Child("metadata", "annotations"), errors);
        PodSpecValidation.Validate(template.Spec, path.Child("spec"), errors);
        if (template.Spec.RestartPolicy is { } restartPolicy && restartPolicy != "Always")
        {
            errors.Add(FieldError.NotSupported(path.Child("spec", "restartPolicy"), restartPolicy, ["Always"]));
        }

        if (template.Spec.ActiveDeadlineSeconds is not null)
        {
            errors.Add(FieldError.Forbidden(path.Child("spec", "activeDeadlineSeconds"), "activeDeadlineSeconds in ReplicaSet is not Supported"));
        }
    }

    /// <summary>Checks the selector of a Deployment or ReplicaSet: required, valid, not empty.</summary>
    public static void ValidateSelector(LabelSelector? selector, FieldPath path, List<FieldError> errors)
    {
        if (selector is null)
        {
            errors.Add(FieldError.Required(path));
            return;
        }

        LabelSelectorValidation.Validate(selector, path, errors);
        if (LabelSelectorValidation.IsEmpty(selector))
        {
            errors.Add(new FieldError(FieldErrorType.Invalid, path.ToString(), "{}", "empty selector is invalid for deployment"));
        }
    }

    private static LabelMatcher? TryMatcher(LabelSelector selector)
    {
        try
        {
            return LabelMatcher.FromLabelSelector(selector);
        }
        catch (SelectorParseException)
        {
            return null;
        }
    }
}
