namespace ActorOrchestrator.Api.Validation;

/// <summary>
/// One problem with one field, printed as Kubernetes prints it:
/// <c>spec.replicas: Invalid value: -1: must be greater than or equal to 0</c>.
/// </summary>
public sealed record FieldError(FieldErrorType Type, string Field, string? Value, string Detail)
{
    /// <summary>The part after the field, as in a StatusCause message: <c>Invalid value: -1: must be ...</c>.</summary>
    public string Body
    {
        get
        {
            var text = Value is null ? Type.Label() : $"{Type.Label()}: {Value}";
            return Detail.Length == 0 ? text : $"{text}: {Detail}";
        }
    }

    public static FieldError Required(FieldPath path, string detail = "") =>
        new(FieldErrorType.Required, path.ToString(), null, detail);

    public static FieldError Invalid(FieldPath path, object? value, string detail) =>
        new(FieldErrorType.Invalid, path.ToString(), GoValueFormat.Format(value), detail);

    public static FieldError NotSupported(FieldPath path, object? value, IEnumerable<string> supported) =>
        new(FieldErrorType.NotSupported, path.ToString(), GoValueFormat.Format(value),
            "supported values: " + string.Join(", ", supported.Select(GoValueFormat.Quote)));

    public static FieldError Duplicate(FieldPath path, object? value) =>
        new(FieldErrorType.Duplicate, path.ToString(), GoValueFormat.Format(value), "");

    public static FieldError NotFound(FieldPath path, object? value) =>
        new(FieldErrorType.NotFound, path.ToString(), GoValueFormat.Format(value), "");

    public static FieldError TooLong(FieldPath path, long maxBytes) =>
        new(FieldErrorType.TooLong, path.ToString(), null, $"may not be more than {maxBytes} bytes");

    public static FieldError TooMany(FieldPath path, int actual, int max) =>
        new(FieldErrorType.TooMany, path.ToString(), actual.ToString(System.Globalization.CultureInfo.InvariantCulture),
            $"must have at most {max} items");

    public static FieldError Forbidden(FieldPath path, string detail) =>
        new(FieldErrorType.Forbidden, path.ToString(), null, detail);

    public override string ToString() => $"{Field}: {Body}";
}
