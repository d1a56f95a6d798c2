namespace ActorOrchestrator.Api.Serialization;

/// <summary>Unknown or duplicate fields under <c>fieldValidation=Strict</c> (a 400 Bad Request).</summary>
public sealed class StrictDecodingException(IReadOnlyList<string> problems)
    : FormatException("strict decoding error: " + string.Join(", ", problems))
{
    /// <summary>Each problem, e.g. <c>unknown field "spec.foo"</c>.</summary>
    public IReadOnlyList<string> Problems { get; } = problems;
}
