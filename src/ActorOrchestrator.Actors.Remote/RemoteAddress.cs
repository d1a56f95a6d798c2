using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace ActorOrchestrator.Actors.Remote;

/// <summary>Where an actor system is reached: <c>ao://system@host:port</c>.</summary>
public sealed record RemoteAddress(string System, string Host, int Port) : IComparable<RemoteAddress>
{
    private string? _text;

    /// <summary><c>host:port</c>.</summary>
    public string HostPort => Host + ":" + Port.ToString(CultureInfo.InvariantCulture);

    public override string ToString() => _text ??= $"{ActorPath.Scheme}://{System}@{HostPort}";

    public bool Equals(RemoteAddress? other) =>
        other is not null && Port == other.Port && string.Equals(System, other.System, StringComparison.Ordinal)
        && string.Equals(Host, other.Host, StringComparison.Ordinal);

    public override int GetHashCode() => HashCode.Combine(System, Host, Port);

    /// <summary>Orders addresses by their text; used to pick the surviving link when two members connect at once.</summary>
    public int CompareTo(RemoteAddress? other) => other is null ? 1 : string.CompareOrdinal(ToString(), other.ToString());

    /// <summary>Parses <c>ao://system@host:port</c> (anything after the port must start with '/').</summary>
    public static RemoteAddress Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out var address, out var rest) && rest.Length == 0
            ? address
            : throw new FormatException($"'{text}' is not a remote address like ao://system@host:2552");
    }

    /// <summary>Splits <c>ao://system@host:port/rest</c> into the address and <paramref name="rest"/> ("" or "/...").</summary>
    public static bool TryParse(string text, [NotNullWhen(true)] out RemoteAddress? address, out string rest)
    {
        address = null;
        rest = string.Empty;
        const string prefix = ActorPath.Scheme + "://";
        if (text is null || !text.StartsWith(prefix, StringComparison.Ordinal))
        {
            return false;
        }
        var at = text.IndexOf('@', prefix.Length);
        var slash = text.IndexOf('/', prefix.Length);
        var end = slash < 0 ? text.Length : slash;
        if (at < 0 || at > end)
        {
            return false;
        }
        var colon = text.LastIndexOf(':', end - 1, end - at);
        if (colon <= at + 1
            || !int.TryParse(text.AsSpan(colon + 1, end - colon - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var port)
            || port is < 1 or > 65535)
        {
            return false;
        }
        var system = text[prefix.Length..at];
        if (system.Length == 0)
        {
            return false;
        }
        address = new RemoteAddress(system, text[(at + 1)..colon], port);
        rest = text[end..];
        return true;
    }
}
