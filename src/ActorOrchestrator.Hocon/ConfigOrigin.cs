namespace ActorOrchestrator.Hocon;

/// <summary>
/// Where a configuration value was written: a position in a file (<c>app.conf:3:12</c>),
/// or a named source without positions such as an environment variable.
/// </summary>
public sealed record ConfigOrigin(string Source, int Line, int Column)
{
    /// <summary>An origin that names a source without a position, e.g. "environment variable AO_API__PORT".</summary>
    public static ConfigOrigin Named(string source) => new(source, 0, 0);

    public override string ToString() => Line > 0 ? $"{Source}:{Line}:{Column}" : Source;
}
