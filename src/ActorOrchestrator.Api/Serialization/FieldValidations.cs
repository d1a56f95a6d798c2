namespace ActorOrchestrator.Api.Serialization;

public static class FieldValidations
{
    /// <summary>
    /// Reads the <c>fieldValidation</c> query parameter; absent means Warn, the API server's default.
    /// Throws <see cref="FormatException"/> with Kubernetes' wording for any other value.
    /// </summary>
    public static FieldValidation Parse(string? value) => value switch
    {
        null or "" or "Warn" => FieldValidation.Warn,
        "Strict" => FieldValidation.Strict,
        "Ignore" => FieldValidation.Ignore,
        _ => throw new FormatException($"fieldValidation must be one of \"Ignore\", \"Warn\" or \"Strict\", not \"{value}\""),
    };
}
