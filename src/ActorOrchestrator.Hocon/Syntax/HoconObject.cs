namespace ActorOrchestrator.Hocon.Syntax;

/// <summary>An object with its fields in the order they were first written.</summary>
internal sealed class HoconObject : HoconNode
{
    private readonly Dictionary<string, HoconNode> _fields;

    public HoconObject(IReadOnlyList<string> keys, Dictionary<string, HoconNode> fields, ConfigOrigin origin, bool ignoresFallbacks = false)
        : base(origin)
    {
        Keys = keys;
        _fields = fields;
        IgnoresFallbacks = ignoresFallbacks;
    }

    public IReadOnlyList<string> Keys { get; }

    /// <summary>
    /// True once this object has replaced a non-object value: merging is pairwise, so values that were
    /// below the non-object stay hidden and this object no longer merges with anything earlier.
    /// </summary>
    public bool IgnoresFallbacks { get; }

    public int Count => Keys.Count;

    public HoconNode this[string key] => _fields[key];

    public static HoconObject Empty(ConfigOrigin origin) => new([], new Dictionary<string, HoconNode>(StringComparer.Ordinal), origin);

    public HoconObject IgnoringFallbacks() => IgnoresFallbacks ? this : new(Keys, _fields, Origin, ignoresFallbacks: true);

    public bool TryGet(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out HoconNode? value) =>
        _fields.TryGetValue(key, out value);
}
