namespace ActorOrchestrator.Api.Quantities;

/// <summary>A string that is not a Kubernetes quantity.</summary>
public sealed class QuantityFormatException : FormatException
{
    /// <summary>The regular expression Kubernetes quotes when it rejects a quantity.</summary>
    public const string ExpectedPattern = "^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$";

    public QuantityFormatException(string text)
        : base($"quantities must match the regular expression '{ExpectedPattern}'") => Text = text;

    /// <summary>The rejected text.</summary>
    public string Text { get; }
}
