using ActorOrchestrator.Hocon.Syntax;

namespace ActorOrchestrator.Hocon.Resolution;

/// <summary>
/// The lookup document as seen from a substitution being resolved: paths whose value is being defined
/// are replaced by what lies below them (so a self-reference looks back), or by a marker when nothing
/// does (so reaching it again is a cycle). An immutable chain, newest replacement first.
/// </summary>
internal sealed class ResolveContext
{
    private readonly ResolveContext? _parent;
    private readonly HoconPath? _path;

    private ResolveContext(ResolveContext? parent, HoconPath? path, HoconNode? replacement, int trailStart)
    {
        _parent = parent;
        _path = path;
        Replacement = replacement;
        TrailStart = trailStart;
    }

    public static ResolveContext Empty { get; } = new(null, null, null, 0);

    public bool IsEmpty => _parent is null;

    /// <summary>The value standing in for the path, or null for a cycle marker.</summary>
    public HoconNode? Replacement { get; }

    /// <summary>How many substitutions were being resolved when this marker was set (where a cycle starts).</summary>
    public int TrailStart { get; }

    public ResolveContext With(HoconPath path, HoconNode? replacement, int trailStart) => new(this, path, replacement, trailStart);

    public ResolveContext? Find(HoconPath path)
    {
        for (var context = this; context._parent is not null; context = context._parent)
        {
            if (context._path!.Equals(path))
            {
                return context;
            }
        }

        return null;
    }
}
