using System.Text;
using ActorOrchestrator.Hocon.Parsing;

namespace ActorOrchestrator.Hocon.Syntax;

/// <summary>A path through the object tree: a list of keys. Keys may contain dots when they were quoted.</summary>
internal sealed class HoconPath : IEquatable<HoconPath>
{
    private readonly string[] _segments;

    private HoconPath(string[] segments) => _segments = segments;

    public static HoconPath Root { get; } = new([]);

    public int Count => _segments.Length;

    public bool IsRoot => _segments.Length == 0;

    public string this[int index] => _segments[index];

    public IReadOnlyList<string> Segments => _segments;

    public static HoconPath Of(IEnumerable<string> segments) => new([.. segments]);

    /// <summary>Parses a path expression as used by the getters, e.g. <c>ao.api.port</c> or <c>a."b.c"</c>.</summary>
    public static HoconPath Parse(string expression)
    {
        ArgumentNullException.ThrowIfNull(expression);
        var reader = new SourceReader(expression, "path expression");
        try
        {
            var path = HoconParser.ReadPathExpression(reader);
            return reader.AtEnd ? path : throw new ArgumentException($"invalid path expression \"{expression}\": unexpected '{reader.Peek()}'");
        }
        catch (ConfigParseException error)
        {
            throw new ArgumentException($"invalid path expression \"{expression}\": {error.Reason}", error);
        }
    }

    public HoconPath Append(string segment) => new([.. _segments, segment]);

    public HoconPath Append(HoconPath other) => other.IsRoot ? this : IsRoot ? other : new([.. _segments, .. other._segments]);

    public bool Equals(HoconPath? other) => other is not null && _segments.AsSpan().SequenceEqual(other._segments);

    public override bool Equals(object? obj) => Equals(obj as HoconPath);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var segment in _segments)
        {
            hash.Add(segment, StringComparer.Ordinal);
        }

        return hash.ToHashCode();
    }

    public override string ToString()
    {
        var text = new StringBuilder();
        foreach (var segment in _segments)
        {
            if (text.Length > 0)
            {
                text.Append('.');
            }

            text.Append(RenderKey(segment));
        }

        return text.ToString();
    }

    /// <summary>A key as it can be written back: bare when that reads back the same, otherwise quoted.</summary>
    public static string RenderKey(string key) =>
        key.Length > 0 && key != "include" && key.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_')
            ? key
            : HoconStrings.Quote(key);
}
