namespace ActorOrchestrator.Hocon;

/// <summary>A value was asked for at a path that no configuration source sets.</summary>
public sealed class ConfigMissingException : ConfigException
{
    internal ConfigMissingException(string path)
        : base($"{path}: no value is configured at this path", path, null)
    {
    }
}
