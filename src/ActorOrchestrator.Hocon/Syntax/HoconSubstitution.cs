namespace ActorOrchestrator.Hocon.Syntax;

/// <summary>
/// <c>${path}</c> or <c>${?path}</c>. In an included file the path is fixed up to the place of the include;
/// <see cref="UnprefixedPath"/> keeps the path as written, looked up when the fixed-up one is not found.
/// </summary>
internal sealed class HoconSubstitution(HoconPath path, HoconPath? unprefixedPath, bool optional, ConfigOrigin origin)
    : HoconNode(origin)
{
    public HoconPath Path { get; } = path;

    public HoconPath? UnprefixedPath { get; } = unprefixedPath;

    public bool Optional { get; } = optional;

    /// <summary>The path as the user wrote it, for messages and environment variable names.</summary>
    public HoconPath WrittenPath => UnprefixedPath ?? Path;

    public override string ToString() => Optional ? $"${{?{WrittenPath}}}" : $"${{{WrittenPath}}}";
}
