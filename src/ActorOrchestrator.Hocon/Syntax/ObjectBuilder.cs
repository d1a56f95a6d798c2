namespace ActorOrchestrator.Hocon.Syntax;

/// <summary>Collects fields with HOCON's duplicate-key rules: later values override, objects merge.</summary>
internal sealed class ObjectBuilder
{
    private readonly Dictionary<string, HoconNode> _fields = new(StringComparer.Ordinal);
    private readonly List<string> _keys = [];

    public void Set(string key, HoconNode value)
    {
        if (_fields.TryGetValue(key, out var existing))
        {
            _fields[key] = NodeMerger.Merge(existing, value);
        }
        else
        {
            _fields[key] = value;
            _keys.Add(key);
        }
    }

    /// <summary>Sets a value at a relative path, creating the intermediate objects (<c>a.b.c = 1</c>).</summary>
    public void SetPath(HoconPath path, HoconNode value, ConfigOrigin keyOrigin)
    {
        var nested = value;
        for (var i = path.Count - 1; i >= 1; i--)
        {
            var wrapper = new ObjectBuilder();
            wrapper.Set(path[i], nested);
            nested = wrapper.Build(keyOrigin);
        }

        Set(path[0], nested);
    }

    public void MergeObject(HoconObject other)
    {
        foreach (var key in other.Keys)
        {
            Set(key, other[key]);
        }
    }

    public HoconObject Build(ConfigOrigin origin, bool ignoresFallbacks = false) =>
        new([.. _keys], new Dictionary<string, HoconNode>(_fields, StringComparer.Ordinal), origin, ignoresFallbacks);
}
