namespace ActorOrchestrator.Hocon;

/// <summary>
/// Base of every configuration error. The message is complete and meant for the user as it is:
/// it names the path and/or the file position and says what was wrong.
/// </summary>
public abstract class ConfigException : Exception
{
    private protected ConfigException(string message, string? path, ConfigOrigin? origin)
        : base(message)
    {
        Path = path;
        Origin = origin;
    }

    /// <summary>The configuration path concerned, when there is one.</summary>
    public string? Path { get; }

    /// <summary>Where the offending text or value was written, when known.</summary>
    public ConfigOrigin? Origin { get; }
}
