using System.Text;
using ActorOrchestrator.Api.Meta;

namespace ActorOrchestrator.Api.Validation;

/// <summary>Kubernetes' ObjectMeta validation: names, namespace, labels, annotations, owner references, finalizers.</summary>
public static class ObjectMetaValidation
{
    public const long TotalAnnotationSizeLimit = 256 * 1024;

    private static readonly string[] StandardFinalizers = ["kubernetes", "orphan", "foregroundDeletion"];

    public static void Validate(ObjectMeta meta, bool namespaced, Func<string, IReadOnlyList<string>> nameRule, FieldPath path, List<FieldError> errors)
    {
        if (!string.IsNullOrEmpty(meta.GenerateName))
        {
            Checks.Name(meta.GenerateName.TrimEnd('-'), path.Child("generateName"), nameRule, errors);
        }

        if (string.IsNullOrEmpty(meta.Name))
        {
            if (string.IsNullOrEmpty(meta.GenerateName))
            {
                errors.Add(FieldError.Required(path.Child("name"), "name or generateName is required"));
            }
        }
        else
        {
            Checks.Name(meta.Name, path.Child("name"), nameRule, errors);
        }

        if (namespaced)
        {
            if (string.IsNullOrEmpty(meta.Namespace))
            {
                errors.Add(FieldError.Required(path.Child("namespace")));
            }
            else
            {
                Checks.Name(meta.Namespace, path.Child("namespace"), NameRules.Dns1123Label, errors);
            }
        }
        else if (!string.IsNullOrEmpty(meta.Namespace))
        {
            errors.Add(FieldError.Forbidden(path.Child("namespace"), "not allowed on this type"));
        }

        Checks.NonNegative(meta.Generation, path.Child("generation"), errors);
        ValidateLabels(meta.Labels, path.Child("labels"), errors);
        ValidateAnnotations(meta.Annotations, path.Child("annotations"), errors);
        ValidateOwnerReferences(meta.OwnerReferences, path.Child("ownerReferences"), errors);
        ValidateFinalizers(meta.Finalizers, path.Child("finalizers"), errors);
    }

    /// <summary>Label keys must be qualified names and values valid label values (also used for nodeSelector).</summary>
    public static void ValidateLabels(IReadOnlyDictionary<string, string>? labels, FieldPath path, List<FieldError> errors)
    {
        foreach (var (key, value) in labels ?? new Dictionary<string, string>())
        {
            Checks.Name(key, path, NameRules.QualifiedName, errors);
            Checks.Name(value, path, NameRules.LabelValue, errors);
        }
    }

    public static void ValidateAnnotations(IReadOnlyDictionary<string, string>? annotations, FieldPath path, List<FieldError> errors)
    {
        long size = 0;
        foreach (var (key, value) in annotations ?? new Dictionary<string, string>())
        {
            foreach (var message in NameRules.QualifiedName(key.ToLowerInvariant()))
            {
                errors.Add(FieldError.Invalid(path, key, message));
            }

            size += Encoding.UTF8.GetByteCount(key) + Encoding.UTF8.GetByteCount(value);
        }

        if (size > TotalAnnotationSizeLimit)
        {
            errors.Add(FieldError.TooLong(path, TotalAnnotationSizeLimit));
        }
    }

    private static void ValidateOwnerReferences(IReadOnlyList<OwnerReference>? references, FieldPath path, List<FieldError> errors)
    {
        var controllers = new List<string>();
        foreach (var reference in references ?? [])
        {
            if (string.IsNullOrEmpty(reference.ApiVersion))
            {
                errors.Add(FieldError.Invalid(path.Child("apiVersion"), reference.ApiVersion ?? "", "version must not be empty"));
            }

            if (string.IsNullOrEmpty(reference.Kind))
            {
                errors.Add(FieldError.Invalid(path.Child("kind"), reference.Kind ?? "", "kind must not be empty"));
            }

            if (string.IsNullOrEmpty(reference.Name))
            {
                errors.Add(FieldError.Invalid(path.Child("name"), reference.Name ?? "", "name must not be empty"));
            }

            if (string.IsNullOrEmpty(reference.Uid))
            {
                errors.Add(FieldError.Invalid(path.Child("uid"), reference.Uid ?? "", "uid must not be empty"));
            }

            if (reference.Controller == true)
            {
                controllers.Add($"{reference.Kind}/{reference.Name}");
            }
        }

        if (controllers.Count > 1)
        {
            errors.Add(new FieldError(FieldErrorType.Invalid, path.ToString(), null,
                $"Only one reference can have Controller set to true. Found \"true\" in references for {string.Join(" and ", controllers)}"));
        }
    }

    private static void ValidateFinalizers(IReadOnlyList<string>? finalizers, FieldPath path, List<FieldError> errors)
    {
        foreach (var finalizer in finalizers ?? [])
        {
            Checks.Name(finalizer, path, NameRules.QualifiedName, errors);
            if (!finalizer.Contains('/') && !StandardFinalizers.Contains(finalizer))
            {
                errors.Add(FieldError.Invalid(path, finalizer, "name is neither a standard finalizer name nor is it fully qualified"));
            }
        }
    }
}
