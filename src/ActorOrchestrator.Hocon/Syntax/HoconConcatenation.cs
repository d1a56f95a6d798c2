namespace ActorOrchestrator.Hocon.Syntax;

/// <summary>Values written side by side on one line, at least one of them a substitution.</summary>
internal sealed class HoconConcatenation(IReadOnlyList<ConcatenationPart> parts, ConfigOrigin origin) : HoconNode(origin)
{
    public IReadOnlyList<ConcatenationPart> Parts { get; } = parts;
}
