using System.Globalization;

namespace ActorOrchestrator.Actors.Cluster.Membership;

/// <summary>
/// Where a member listens (host and port), without the incarnation. Seed nodes are listed this way; ordering
/// is ordinal by host, then by port, so every member sorts addresses identically.
/// </summary>
public sealed record NodeAddress(string Host, int Port) : IComparable<NodeAddress>
{
    public int CompareTo(NodeAddress? other)
    {
        if (other is null)
        {
            return 1;
        }
        var byHost = string.CompareOrdinal(Host, other.Host);
        return byHost != 0 ? byHost : Port.CompareTo(other.Port);
    }

    /// <summary>Reads "host:port" (an IPv6 host in brackets: "[::1]:2552").</summary>
    /// <exception cref="FormatException">The text is not host:port with a port in 1-65535.</exception>
    public static NodeAddress Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var colon = text.LastIndexOf(':');
        if (colon <= 0 || colon == text.Length - 1)
        {
            throw new FormatException($"'{text}' is not an address of the form host:port.");
        }
        var host = text[..colon];
        if (host.StartsWith('[') && host.EndsWith(']'))
        {
            host = host[1..^1];
        }
        else if (host.Contains(':'))
        {
            throw new FormatException($"'{text}' is not an address of the form host:port (write an IPv6 host in brackets).");
        }
        if (host.Length == 0 || host.Any(char.IsWhiteSpace))
        {
            throw new FormatException($"'{text}' has an empty host or one containing white space.");
        }
        if (!int.TryParse(text[(colon + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var port) || port is < 1 or > 65535)
        {
            throw new FormatException($"'{text}' has no port in 1-65535 after the last ':'.");
        }
        return new NodeAddress(host, port);
    }

    public override string ToString() => Host.Contains(':') ? $"[{Host}]:{Port}" : $"{Host}:{Port}";

    public static bool operator <(NodeAddress left, NodeAddress right) => left.CompareTo(right) < 0;

    public static bool operator >(NodeAddress left, NodeAddress right) => left.CompareTo(right) > 0;

    public static bool operator <=(NodeAddress left, NodeAddress right) => left.CompareTo(right) <= 0;

    public static bool operator >=(NodeAddress left, NodeAddress right) => left.CompareTo(right) >= 0;
}
