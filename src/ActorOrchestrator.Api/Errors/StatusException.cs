using ActorOrchestrator.Api.Meta;
using ActorOrchestrator.Api.Validation;

namespace ActorOrchestrator.Api.Errors;

/// <summary>
/// A request the API refuses, carrying the Kubernetes <see cref="Meta.Status"/> to answer with (its code, reason and
/// message are what kubectl prints). Thrown anywhere on the write path; the gateway writes <see cref="Status"/> as is.
/// </summary>
public sealed class StatusException(Status status) : Exception(status.Message)
{
    public Status Status { get; } = status;

    public int Code => Status.Code ?? 500;

    public string? Reason => Status.Reason;

    /// <summary><c>pods "web" not found</c> (404 NotFound).</summary>
    public static StatusException NotFound(ResourceKind kind, string name) =>
        Failure(404, "NotFound", $"{kind.QualifiedResource} \"{name}\" not found", kind, name);

    /// <summary><c>deployments.apps "web" already exists</c> (409 AlreadyExists).</summary>
    public static StatusException AlreadyExists(ResourceKind kind, string name) =>
        Failure(409, "AlreadyExists", $"{kind.QualifiedResource} \"{name}\" already exists", kind, name);

    /// <summary>A resourceVersion (or uid) precondition that no longer holds (409 Conflict), in Kubernetes' words.</summary>
    public static StatusException Conflict(ResourceKind kind, string name, string why) =>
        Failure(409, "Conflict", $"Operation cannot be fulfilled on {kind.QualifiedResource} \"{name}\": {why}", kind, name);

    /// <summary>The usual optimistic-concurrency conflict: the client's resourceVersion is not the stored one.</summary>
    public static StatusException StaleResourceVersion(ResourceKind kind, string name) =>
        Conflict(kind, name, "the object has been modified; please apply your changes to the latest version and try again");

    public static StatusException Invalid(InvalidObjectException invalid) => new(invalid.ToStatus());

    public static StatusException BadRequest(string message) => Failure(400, "BadRequest", message);

    public static StatusException Gone(string message) => Failure(410, "Expired", message);

    public static StatusException RequestEntityTooLarge(string message) => Failure(413, "RequestEntityTooLarge", message);

    public static StatusException MethodNotAllowed(string message) => Failure(405, "MethodNotAllowed", message);

    public static StatusException UnsupportedMediaType(string message) => Failure(415, "UnsupportedMediaType", message);

    /// <summary>The server could not answer in time (504 Timeout), e.g. the owning entity did not reply.</summary>
    public static StatusException Timeout(string message) => Failure(504, "Timeout", message);

    /// <summary>The server cannot serve the request now (503 ServiceUnavailable), e.g. the journal is unreachable.</summary>
    public static StatusException ServiceUnavailable(string message) => Failure(503, "ServiceUnavailable", message);

    public static StatusException InternalError(string message) => Failure(500, "InternalError", message);

    private static StatusException Failure(int code, string reason, string message, ResourceKind? kind = null, string? name = null) =>
        new(new Status
        {
            Outcome = "Failure",
            Code = code,
            Reason = reason,
            Message = message,
            Details = kind is null ? null : new StatusDetails { Name = name, Group = kind.Group, Kind = kind.Plural },
        });
}
