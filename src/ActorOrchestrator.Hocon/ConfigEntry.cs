namespace ActorOrchestrator.Hocon;

/// <summary>One leaf of a configuration: a value (or an empty object) at a path, and where it was written.</summary>
public sealed record ConfigEntry(string Path, IReadOnlyList<string> Segments, ConfigOrigin Origin);
