using System.Text;

namespace ActorOrchestrator.Actors;

/// <summary>
/// Hierarchical actor name: <c>ao://system-name/user/parent/child</c>, or <c>ao://system-name@host:port/...</c>
/// for an actor in another process. Equality compares system, address and names; the <see cref="Uid"/>
/// identifies one incarnation and is shown by <see cref="ToStringWithUid"/>.
/// </summary>
public sealed class ActorPath : IEquatable<ActorPath>
{
    /// <summary>URI scheme of local actor paths.</summary>
    public const string Scheme = "ao";

    private readonly string _systemName;
    private readonly string? _address;

    internal ActorPath(string systemName, string? address = null)
    {
        _systemName = systemName;
        _address = address;
        Name = string.Empty;
    }

    internal ActorPath(ActorPath parent, string name, int uid)
    {
        _systemName = parent._systemName;
        _address = parent._address;
        Parent = parent;
        Name = name;
        Uid = uid;
        Depth = parent.Depth + 1;
    }

    /// <summary>Last element; empty for the root.</summary>
    public string Name { get; }

    /// <summary>Null for the root path.</summary>
    public ActorPath? Parent { get; }

    /// <summary>Incarnation id; 0 when unknown (e.g. a path built by hand).</summary>
    public int Uid { get; }

    /// <summary>Number of elements below the root (e.g. 2 for <c>/user/a</c>).</summary>
    public int Depth { get; }

    /// <summary>Name of the actor system this path belongs to.</summary>
    public string SystemName => _systemName;

    /// <summary><c>host:port</c> of the process hosting the actor; null for a path of the local system.</summary>
    public string? Address => _address;

    /// <summary>The root path of system <paramref name="systemName"/>, optionally at <paramref name="address"/> (<c>host:port</c>).</summary>
    public static ActorPath Root(string systemName, string? address = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(systemName);
        if (address is not null && (address.Length == 0 || address.Contains('/', StringComparison.Ordinal)))
        {
            throw new ArgumentException($"Invalid actor path address '{address}': expected host:port", nameof(address));
        }
        return new ActorPath(systemName, address);
    }

    /// <summary>Parses <c>ao://system[@host:port]/a/b[#uid]</c>; false (and null) when the text is not such a path.</summary>
    public static bool TryParse(string? text, out ActorPath? path)
    {
        path = null;
        const string prefix = Scheme + "://";
        if (text is null || !text.StartsWith(prefix, StringComparison.Ordinal))
        {
            return false;
        }
        var rest = text[prefix.Length..];
        var uid = 0;
        var hash = rest.LastIndexOf('#');
        if (hash >= 0)
        {
            if (!int.TryParse(rest.AsSpan(hash + 1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out uid))
            {
                return false;
            }
            rest = rest[..hash];
        }
        var parts = rest.Split('/');
        var authority = parts[0];
        var at = authority.IndexOf('@', StringComparison.Ordinal);
        var systemName = at < 0 ? authority : authority[..at];
        var address = at < 0 ? null : authority[(at + 1)..];
        if (systemName.Length == 0 || address is { Length: 0 })
        {
            return false;
        }
        var current = new ActorPath(systemName, address);
        for (var i = 1; i < parts.Length; i++)
        {
            if (parts[i].Length == 0)
            {
                if (i == parts.Length - 1)
                {
                    break;
                }
                return false;
            }
            current = new ActorPath(current, parts[i], i == parts.Length - 1 ? uid : 0);
        }
        path = current;
        return true;
    }

    /// <summary>Elements below the root, e.g. ["user", "parent", "child"].</summary>
    public IReadOnlyList<string> Elements
    {
        get
        {
            var elements = new string[Depth];
            for (var p = this; p.Parent is not null; p = p.Parent)
            {
                elements[p.Depth - 1] = p.Name;
            }
            return elements;
        }
    }

    /// <summary>A child path without uid.</summary>
    public static ActorPath operator /(ActorPath parent, string name)
    {
        ArgumentNullException.ThrowIfNull(parent);
        return new ActorPath(parent, name, 0);
    }

    /// <summary>Same as the <c>/</c> operator.</summary>
    public ActorPath Child(string name) => this / name;

    /// <summary>The path with <paramref name="uid"/> as incarnation id.</summary>
    public ActorPath WithUid(int uid) => Parent is null || uid == Uid ? this : new ActorPath(Parent, Name, uid);

    public bool Equals(ActorPath? other)
    {
        if (ReferenceEquals(this, other))
        {
            return true;
        }
        if (other is null || other.Depth != Depth || other._systemName != _systemName || other._address != _address)
        {
            return false;
        }
        for (ActorPath? a = this, b = other; a is not null && b is not null; a = a.Parent, b = b.Parent)
        {
            if (!string.Equals(a.Name, b.Name, StringComparison.Ordinal))
            {
                return false;
            }
        }
        return true;
    }

    public override bool Equals(object? obj) => obj is ActorPath other && Equals(other);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(_systemName, StringComparer.Ordinal);
        hash.Add(_address, StringComparer.Ordinal);
        for (var p = this; p.Parent is not null; p = p.Parent)
        {
            hash.Add(p.Name, StringComparer.Ordinal);
        }
        return hash.ToHashCode();
    }

    public override string ToString() => Append(new StringBuilder()).ToString();

    /// <summary>The path followed by <c>#uid</c>.</summary>
    public string ToStringWithUid() => Uid == 0 ? ToString() : Append(new StringBuilder()).Append('#').Append(Uid).ToString();

    private StringBuilder Append(StringBuilder builder)
    {
        if (Parent is null)
        {
            builder.Append(Scheme).Append("://").Append(_systemName);
            return _address is null ? builder : builder.Append('@').Append(_address);
        }
        return Parent.Append(builder).Append('/').Append(Name);
    }
}
