namespace ActorOrchestrator.Hocon;

/// <summary>A HOCON document is not well formed; the message starts with file:line:column.</summary>
public sealed class ConfigParseException : ConfigException
{
    internal ConfigParseException(ConfigOrigin origin, string reason)
        : base($"{origin}: {reason}", null, origin)
    {
        Reason = reason;
    }

    /// <summary>What was wrong, without the position.</summary>
    public string Reason { get; }
}
