using ActorOrchestrator.Api.Meta;

namespace ActorOrchestrator.Api.Validation;

/// <summary>
/// An object that failed validation: every field error, and the 422 <see cref="Meta.Status"/> the API answers
/// (<c>Deployment.apps "web" is invalid: spec.replicas: Invalid value: -1: must be greater than or equal to 0</c>).
/// </summary>
public sealed class InvalidObjectException : Exception
{
    public InvalidObjectException(string group, string kind, string? name, IReadOnlyList<FieldError> errors)
        : base(BuildMessage(group, kind, name, errors))
    {
        Group = group;
        Kind = kind;
        Name = name;
        Errors = errors;
    }

    public string Group { get; }

    public string Kind { get; }

    public string? Name { get; }

    public IReadOnlyList<FieldError> Errors { get; }

    /// <summary>The Kubernetes Status of reason Invalid, code 422, with one cause per field error.</summary>
    public Status ToStatus() => new()
    {
        Outcome = "Failure",
        Message = Message,
        Reason = "Invalid",
        Code = 422,
        Details = new StatusDetails
        {
            Name = Name,
            Group = Group,
            Kind = Kind,
            Causes = Errors.Select(error => new StatusCause
            {
                Reason = error.Type.Reason(),
                Message = error.Body,
                Field = error.Field,
            }).ToList(),
        },
    };

    private static string BuildMessage(string group, string kind, string? name, IReadOnlyList<FieldError> errors)
    {
        var qualifiedKind = group.Length == 0 ? kind : $"{kind}.{group}";
        var prefix = $"{qualifiedKind} {GoValueFormat.Quote(name ?? "")} is invalid";
        var messages = errors.Select(error => error.ToString()).Distinct().ToList();
        return messages.Count switch
        {
            0 => prefix,
            1 => $"{prefix}: {messages[0]}",
            _ => $"{prefix}: [{string.Join(", ", messages)}]",
        };
    }
}
