using ActorOrchestrator.Api.Core;
using ActorOrchestrator.Api.Meta;

namespace ActorOrchestrator.Gateway.Tables;

/// <summary>Nodes (NAME STATUS ROLES AGE VERSION | INTERNAL-IP ...) and Namespaces (NAME STATUS AGE).</summary>
internal static class ClusterTables
{
    private const string RolePrefix = "node-role.kubernetes.io/";

    public static TableLayout Node { get; } = new(
    [
        TableColumn.NameColumn,
        TableColumn.Text("Status", "The status of the node"),
        TableColumn.Text("Roles", "The roles of the node"),
        TableColumn.Age,
        TableColumn.Text("Version", "Kubelet Version reported by the node."),
        TableColumn.Text("Internal-IP", "List of internal IPs for the node.", 1),
        TableColumn.Text("External-IP", "List of external IPs for the node.", 1),
        TableColumn.Text("OS-Image", "OS Image reported by the node from /etc/os-release (e.g. Debian GNU/Linux 7 (wheezy)).", 1),
        TableColumn.Text("Kernel-Version", "Kernel Version reported by the node from 'uname -r' (e.g. 3.16.0-0.bpo.4-amd64).", 1),
        TableColumn.Text("Container-Runtime", "Container Runtime Version reported by the node through runtime remote API (e.g. containerd://1.4.2).", 1),
    ], (resource, now) =>
    {
        var node = (Node)resource;
        var info = node.Status?.NodeInfo;
        return
        [
            node.Metadata.Name ?? "",
            NodeStatus(node),
            Roles(node.Metadata.Labels),
            TableLayout.Age(node, now),
            info?.KubeletVersion ?? "",
            Address(node, "InternalIP"),
            Address(node, "ExternalIP"),
            TableLayout.OrNone(info?.OsImage),
            TableLayout.OrNone(info?.KernelVersion),
            TableLayout.OrNone(info?.ContainerRuntimeVersion),
        ];
    });

    public static TableLayout Namespace { get; } = new(
    [
        TableColumn.NameColumn,
        TableColumn.Text("Status", "The status of the namespace"),
        TableColumn.Age,
    ], (resource, now) =>
    {
        var ns = (Namespace)resource;
        return [ns.Metadata.Name ?? "", ns.Status?.Phase ?? "Active", TableLayout.Age(ns, now)];
    });

    private static string NodeStatus(Node node)
    {
        var ready = node.Status?.Conditions?.FirstOrDefault(condition => condition.Type == "Ready");
        var status = ready?.Status switch
        {
            "True" => "Ready",
            "False" => "NotReady",
            _ => "Unknown",
        };
        return node.Spec.Unschedulable == true ? $"{status},SchedulingDisabled" : status;
    }

    private static string Roles(IReadOnlyDictionary<string, string>? labels)
    {
        var roles = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var (key, value) in labels ?? new Dictionary<string, string>())
        {
            if (key.StartsWith(RolePrefix, StringComparison.Ordinal) && key.Length > RolePrefix.Length)
            {
                roles.Add(key[RolePrefix.Length..]);
            }
            else if (key == "kubernetes.io/role" && value.Length > 0)
            {
                roles.Add(value);
            }
        }

        return TableLayout.Joined(roles);
    }

    private static string Address(Node node, string type) =>
        TableLayout.Joined(node.Status?.Addresses?.Where(address => address.Type == type).Select(address => address.Address) ?? []);
}
