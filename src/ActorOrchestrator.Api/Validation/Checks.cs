using System.Net;

namespace ActorOrchestrator.Api.Validation;

/// <summary>Small checks shared by the kind validators, each adding Kubernetes-worded errors to a list.</summary>
internal static class Checks
{
    public const string GreaterOrEqualZero = "must be greater than or equal to 0";

    public static void NonNegative(long? value, FieldPath path, List<FieldError> errors)
    {
        if (value < 0)
        {
            errors.Add(FieldError.Invalid(path, value, GreaterOrEqualZero));
        }
    }

    public static void Positive(long? value, FieldPath path, List<FieldError> errors)
    {
        if (value <= 0)
        {
            errors.Add(FieldError.Invalid(path, value, "must be greater than zero"));
        }
    }

    /// <summary>One Invalid error per message of a name rule.</summary>
    public static void Name(string? value, FieldPath path, Func<string, IReadOnlyList<string>> rule, List<FieldError> errors)
    {
        if (value is null)
        {
            return;
        }

        foreach (var message in rule(value))
        {
            errors.Add(FieldError.Invalid(path, value, message));
        }
    }

    public static void Required(string? value, FieldPath path, List<FieldError> errors)
    {
        if (string.IsNullOrEmpty(value))
        {
            errors.Add(FieldError.Required(path));
        }
    }

    public static void OneOf(string? value, FieldPath path, IReadOnlyList<string> supported, List<FieldError> errors)
    {
        if (value is not null && !supported.Contains(value))
        {
            errors.Add(FieldError.NotSupported(path, value, supported));
        }
    }

    public static void Port(int? port, FieldPath path, List<FieldError> errors)
    {
        if (port is { } number)
        {
            foreach (var message in NameRules.PortNumber(number))
            {
                errors.Add(FieldError.Invalid(path, number, message));
            }
        }
    }

    public static void IpAddress(string? value, FieldPath path, List<FieldError> errors)
    {
        if (value is not null && !IPAddress.TryParse(value, out _))
        {
            errors.Add(FieldError.Invalid(path, value, "must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)"));
        }
    }

    /// <summary>A file mode for volume files: 0 to 0777.</summary>
    public static void FileMode(int? mode, FieldPath path, List<FieldError> errors)
    {
        if (mode is < 0 or > 511)
        {
            errors.Add(FieldError.Invalid(path, mode, "must be a number between 0 and 0777 (octal), both inclusive"));
        }
    }

    /// <summary>A relative path without <c>..</c> elements (volume item paths, subPath).</summary>
    public static void RelativePath(string? value, FieldPath path, List<FieldError> errors)
    {
        if (string.IsNullOrEmpty(value))
        {
            return;
        }

        if (value.StartsWith('/'))
        {
            errors.Add(FieldError.Invalid(path, value, "must be a relative path"));
        }

        if (value.Split('/').Contains(".."))
        {
            errors.Add(FieldError.Invalid(path, value, "must not contain '..'"));
        }
    }
}
