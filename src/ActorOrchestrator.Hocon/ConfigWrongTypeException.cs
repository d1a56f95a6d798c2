namespace ActorOrchestrator.Hocon;

/// <summary>A value exists at the path but cannot be read as the type asked for.</summary>
public sealed class ConfigWrongTypeException : ConfigException
{
    internal ConfigWrongTypeException(string path, string expected, string actual, ConfigOrigin origin)
        : base($"{path}: expected {expected} but got {actual} ({origin})", path, origin)
    {
    }
}
