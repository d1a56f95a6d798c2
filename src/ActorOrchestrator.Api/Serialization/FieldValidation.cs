namespace ActorOrchestrator.Api.Serialization;

/// <summary>The <c>fieldValidation</c> query parameter: what to do with unknown and duplicate fields.</summary>
public enum FieldValidation
{
    /// <summary>Drop them silently.</summary>
    Ignore,

    /// <summary>Accept the object and return one warning per field.</summary>
    Warn,

    /// <summary>Reject the object with <c>strict decoding error: unknown field "spec.foo"</c>.</summary>
    Strict,
}
