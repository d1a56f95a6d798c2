namespace ActorOrchestrator.Hocon.Syntax;

/// <summary>
/// Successive values of one field whose merge cannot be decided before resolution (a later value is a
/// substitution, or an object lands on a substitution). Layers run from the earliest to the latest;
/// a self-referential layer sees only the layers below it.
/// </summary>
internal sealed class HoconMergeStack(IReadOnlyList<HoconNode> layers, ConfigOrigin origin) : HoconNode(origin)
{
    public IReadOnlyList<HoconNode> Layers { get; } = layers;
}
