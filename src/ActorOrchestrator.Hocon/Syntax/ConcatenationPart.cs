namespace ActorOrchestrator.Hocon.Syntax;

/// <summary>One value of a concatenation with the whitespace written before it (kept when strings join).</summary>
internal sealed record ConcatenationPart(string Separator, HoconNode Value);
