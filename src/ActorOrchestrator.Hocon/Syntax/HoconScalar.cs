namespace ActorOrchestrator.Hocon.Syntax;

/// <summary>
/// A string, number, boolean or null. <see cref="Text"/> is the string value, or for other kinds the text
/// exactly as written (numbers keep their original spelling, which concatenation and rendering rely on).
/// </summary>
internal sealed class HoconScalar(ScalarKind kind, string text, ConfigOrigin origin) : HoconNode(origin)
{
    public ScalarKind Kind { get; } = kind;

    public string Text { get; } = text;

    public static HoconScalar String(string value, ConfigOrigin origin) => new(ScalarKind.String, value, origin);
}
