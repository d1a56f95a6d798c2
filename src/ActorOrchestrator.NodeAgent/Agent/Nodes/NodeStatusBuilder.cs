using ActorOrchestrator.Api.Core;
using ActorOrchestrator.Api.Meta;
using ActorOrchestrator.Api.Quantities;

namespace ActorOrchestrator.NodeAgent.Agent.Nodes;

/// <summary>
/// The Node object the agent keeps for its machine: kubelet's labels, capacity and allocatable, addresses, node info and
/// the Ready/MemoryPressure/DiskPressure/PIDPressure conditions. A condition's heartbeat moves only when asked
/// (<c>heartbeat</c>) or when its status changes, so an unchanged node needs no write between heartbeats.
/// </summary>
internal sealed record NodeStatusBuilder(string NodeName, AgentSettings Settings, string RuntimeVersion)
{
    /// <summary>kubelet's default hard eviction threshold for memory.available.</summary>
    public static readonly long MemoryEvictionBytes = 100L * 1024 * 1024;

    /// <summary>kubelet's default hard eviction threshold for nodefs.available (a fraction of the filesystem).</summary>
    public const double StorageEvictionFraction = 0.10;

    public const string KubeletVersion = "v1.34.0";

    public Node Build(Node? existing, MachineInfo machine, DateTimeOffset now, bool heartbeat)
    {
        var labels = new Dictionary<string, string>(existing?.Metadata.Labels ?? new Dictionary<string, string>(), StringComparer.Ordinal)
        {
            ["kubernetes.io/hostname"] = NodeName,
            ["kubernetes.io/os"] = "linux",
            ["kubernetes.io/arch"] = machine.Architecture,
            ["beta.kubernetes.io/os"] = "linux",
            ["beta.kubernetes.io/arch"] = machine.Architecture,
        };
        if (Settings.Roles.Contains("control-plane"))
        {
            labels["node-role.kubernetes.io/control-plane"] = "";
        }

        var previous = existing?.Status;
        var memoryPressure = machine.MemoryBytes > 0 && machine.MemoryAvailableBytes < MemoryEvictionBytes;
        var diskPressure = machine.StorageBytes > 0 && machine.StorageAvailableBytes < machine.StorageBytes * StorageEvictionFraction;
        NodeCondition[] conditions =
        [
            Condition(previous, "MemoryPressure", memoryPressure,
                memoryPressure ? ("KubeletHasInsufficientMemory", "kubelet has insufficient memory available") : ("KubeletHasSufficientMemory", "kubelet has sufficient memory available"), now, heartbeat),
            Condition(previous, "DiskPressure", diskPressure,
                diskPressure ? ("KubeletHasDiskPressure", "kubelet has disk pressure") : ("KubeletHasNoDiskPressure", "kubelet has no disk pressure"), now, heartbeat),
            Condition(previous, "PIDPressure", false, ("KubeletHasSufficientPID", "kubelet has sufficient PID available"), now, heartbeat),
            Condition(previous, "Ready", true, ("KubeletReady", "kubelet is posting ready status"), now, heartbeat),
        ];
        var status = (previous ?? new NodeStatus()) with
        {
            Capacity = Resources(machine.MemoryBytes, machine.StorageBytes, machine),
            Allocatable = Resources(
                Math.Max(0, machine.MemoryBytes - MemoryEvictionBytes),
                (long)(machine.StorageBytes * (1 - StorageEvictionFraction)),
                machine),
            Conditions = conditions,
            Addresses =
            [
                new NodeAddress { Type = "InternalIP", Address = machine.InternalIP },
                new NodeAddress { Type = "Hostname", Address = NodeName },
            ],
            NodeInfo = new NodeSystemInfo
            {
                MachineID = machine.MachineId,
                SystemUUID = machine.MachineId,
                BootID = machine.BootId,
                KernelVersion = machine.KernelVersion,
                OsImage = machine.OsImage,
                ContainerRuntimeVersion = RuntimeVersion,
                KubeletVersion = KubeletVersion,
                OperatingSystem = "linux",
                Architecture = machine.Architecture,
            },
        };
        return new Node
        {
            Metadata = (existing?.Metadata ?? new ObjectMeta { Name = NodeName }) with { Labels = labels },
            Spec = existing?.Spec ?? new NodeSpec(),
            Status = status,
        };
    }

    private Dictionary<string, Quantity> Resources(long memoryBytes, long storageBytes, MachineInfo machine) => new(StringComparer.Ordinal)
    {
        ["cpu"] = Quantity.FromInt64(machine.CpuCores),
        ["memory"] = Quantity.Parse($"{memoryBytes / 1024}Ki"),
        ["ephemeral-storage"] = Quantity.FromInt64(storageBytes),
        ["hugepages-1Gi"] = Quantity.FromInt64(0),
        ["hugepages-2Mi"] = Quantity.FromInt64(0),
        ["pods"] = Quantity.FromInt64(Settings.MaxPods),
    };

    private static NodeCondition Condition(NodeStatus? previous, string type, bool status, (string Reason, string Message) why, DateTimeOffset now, bool heartbeat)
    {
        var text = status ? "True" : "False";
        var before = previous?.Conditions?.FirstOrDefault(condition => condition.Type == type);
        var unchanged = before is not null && before.Status == text && before.Reason == why.Reason;
        return new NodeCondition
        {
            Type = type,
            Status = text,
            Reason = why.Reason,
            Message = why.Message,
            LastHeartbeatTime = unchanged && !heartbeat ? before!.LastHeartbeatTime : now,
            LastTransitionTime = unchanged || before?.Status == text ? before!.LastTransitionTime ?? now : now,
        };
    }
}
