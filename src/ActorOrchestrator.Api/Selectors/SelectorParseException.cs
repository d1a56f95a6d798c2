namespace ActorOrchestrator.Api.Selectors;

/// <summary>A label or field selector string that cannot be parsed or names a field that cannot be selected on.</summary>
public sealed class SelectorParseException(string message) : FormatException(message);
