namespace ActorOrchestrator.Hocon;

/// <summary>
/// A value has the right type but is not acceptable (out of range, unknown name...).
/// Settings binders raise it through <see cref="Config.BadValue"/> so the message names the key and its origin.
/// </summary>
public sealed class ConfigBadValueException : ConfigException
{
    internal ConfigBadValueException(string path, string reason, string actual, ConfigOrigin origin)
        : base($"{path}: {reason} but got {actual} ({origin})", path, origin)
    {
    }
}
