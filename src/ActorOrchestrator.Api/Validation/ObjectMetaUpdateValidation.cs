using ActorOrchestrator.Api.Meta;

namespace ActorOrchestrator.Api.Validation;

/// <summary>What an update may not change in ObjectMeta: name, namespace, uid, creationTimestamp.</summary>
internal static class ObjectMetaUpdateValidation
{
    public static void Validate(ObjectMeta updated, ObjectMeta existing, List<FieldError> errors)
    {
        Immutable(updated.Name, existing.Name, "name", errors);
        Immutable(updated.Namespace, existing.Namespace, "namespace", errors);
        if (!string.IsNullOrEmpty(updated.Uid))
        {
            Immutable(updated.Uid, existing.Uid, "uid", errors);
        }

        if (updated.CreationTimestamp is { } created && existing.CreationTimestamp is { } original && created != original)
        {
            errors.Add(FieldError.Invalid(FieldPath.Of("metadata", "creationTimestamp"), Serialization.Rfc3339.FormatSeconds(created), "field is immutable"));
        }
    }

    private static void Immutable(string? updated, string? existing, string field, List<FieldError> errors)
    {
        if ((updated ?? "") != (existing ?? ""))
        {
            errors.Add(FieldError.Invalid(FieldPath.Of("metadata", field), updated ?? "", "field is immutable"));
        }
    }
}
