namespace ActorOrchestrator.Hocon;

/// <summary>A substitution could not be resolved: undefined, cyclic, or combining values that do not combine.</summary>
public sealed class ConfigResolveException : ConfigException
{
    internal ConfigResolveException(ConfigOrigin origin, string reason)
        : base($"{origin}: {reason}", null, origin)
    {
    }
}
