using System.Text;

namespace ActorOrchestrator.Actors;

/// <summary>
/// Hierarchical actor name: <c>ao://system-name/user/parent/child</c>. Equality compares the names only; the
/// <see cref="Uid"/> identifies one incarnation and is shown by <see cref="ToStringWithUid"/>.
/// </summary>
public sealed class ActorPath : IEquatable<ActorPath>
{
    /// <summary>URI scheme of local actor paths.</summary>
    public const string Scheme = "ao";

    private readonly string _systemName;

    internal ActorPath(string systemName)
    {
        _systemName = systemName;
        Name = string.Empty;
    }

    internal ActorPath(ActorPath parent, string name, int uid)
    {
        _systemName = parent._systemName;
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
        if (other is null || other.Depth != Depth || other._systemName != _systemName)
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
            return builder.Append(Scheme).Append("://").Append(_systemName);
        }
        return Parent.Append(builder).Append('/').Append(Name);
    }
}
