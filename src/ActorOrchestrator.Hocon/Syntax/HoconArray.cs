namespace ActorOrchestrator.Hocon.Syntax;

internal sealed class HoconArray(IReadOnlyList<HoconNode> items, ConfigOrigin origin) : HoconNode(origin)
{
    public IReadOnlyList<HoconNode> Items { get; } = items;
}
