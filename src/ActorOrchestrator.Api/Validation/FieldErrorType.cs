namespace ActorOrchestrator.Api.Validation;

/// <summary>The kinds of field error Kubernetes reports (<c>field.ErrorType</c>).</summary>
public enum FieldErrorType
{
    Required,
    Invalid,
    NotSupported,
    Duplicate,
    TooLong,
    TooMany,
    Forbidden,
    NotFound,
}
