using ActorOrchestrator.Hocon;

namespace ActorOrchestrator.Host.Settings;

/// <summary>The <c>ao.node</c> section: who this member is and how it finds the cluster.</summary>
internal sealed record NodeSettings(
    string Name, IReadOnlySet<NodeRole> Roles, string DataDirectory, IReadOnlyList<string> SeedNodes, ContainerRuntimeKind Runtime)
{
    private static readonly Dictionary<string, NodeRole> RoleNames = new(StringComparer.Ordinal)
    {
        ["control-plane"] = NodeRole.ControlPlane,
        ["worker"] = NodeRole.Worker,
    };

    /// <summary>How <paramref name="role"/> is written in configuration.</summary>
    public static string NameOf(NodeRole role) => RoleNames.First(pair => pair.Value == role).Key;

    /// <param name="node">The <c>ao.node</c> object.</param>
    /// <exception cref="ConfigException">a key is missing, mistyped or out of range; the message names it.</exception>
    public static NodeSettings From(Config node)
    {
        var name = node.GetString("name");
        var roleNames = node.GetStringList("roles");
        if (roleNames.Count == 0 || roleNames.Any(role => !RoleNames.ContainsKey(role)))
        {
            throw node.BadValue("roles", "must list one or both of control-plane and worker");
        }

        var dataDirectory = node.GetString("data-dir");
        if (dataDirectory.Length == 0)
        {
            throw node.BadValue("data-dir", "must name a directory");
        }

        var seedNodes = node.GetStringList("seed-nodes");
        if (seedNodes.Any(seed => !IsHostAndPort(seed)))
        {
            throw node.BadValue("seed-nodes", "must hold host:port addresses with a port from 1 to 65535");
        }

        return new NodeSettings(
            name.Length > 0 ? name : Environment.MachineName,
            roleNames.Select(role => RoleNames[role]).ToHashSet(),
            dataDirectory,
            seedNodes,
            RuntimeFrom(node));
    }

    private static ContainerRuntimeKind RuntimeFrom(Config node) => node.GetString("runtime") switch
    {
        "auto" => ContainerRuntimeKind.Auto,
        "process" => ContainerRuntimeKind.Process,
        "docker" => throw node.BadValue(
            "runtime", "names the Docker driver, which is not in this version; use process (or auto, which picks process)"),
        _ => throw node.BadValue("runtime", "must be auto, process or docker"),
    };

    private static bool IsHostAndPort(string address)
    {
        var colon = address.LastIndexOf(':');
        return colon > 0 && int.TryParse(address[(colon + 1)..], out var port) && port is >= 1 and <= 65535;
    }
}
