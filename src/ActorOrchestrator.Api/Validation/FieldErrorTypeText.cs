namespace ActorOrchestrator.Api.Validation;

/// <summary>The words Kubernetes prints for each <see cref="FieldErrorType"/>, and its StatusCause reason.</summary>
public static class FieldErrorTypeText
{
    public static string Label(this FieldErrorType type) => type switch
    {
        FieldErrorType.Required => "Required value",
        FieldErrorType.Invalid => "Invalid value",
        FieldErrorType.NotSupported => "Unsupported value",
        FieldErrorType.Duplicate => "Duplicate value",
        FieldErrorType.TooLong => "Too long",
        FieldErrorType.TooMany => "Too many",
        FieldErrorType.Forbidden => "Forbidden",
        FieldErrorType.NotFound => "Not found",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    public static string Reason(this FieldErrorType type) => type switch
    {
        FieldErrorType.Required => "FieldValueRequired",
        FieldErrorType.Invalid => "FieldValueInvalid",
        FieldErrorType.NotSupported => "FieldValueNotSupported",
        FieldErrorType.Duplicate => "FieldValueDuplicate",
        FieldErrorType.TooLong => "FieldValueTooLong",
        FieldErrorType.TooMany => "FieldValueTooMany",
        FieldErrorType.Forbidden => "FieldValueForbidden",
        FieldErrorType.NotFound => "FieldValueNotFound",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };
}
