using System.Runtime.InteropServices;
using ActorOrchestrator.Api.Core;
using ActorOrchestrator.NodeAgent.Agent;
using ActorOrchestrator.NodeAgent.Agent.Nodes;

namespace ActorOrchestrator.NodeAgent.Tests.Agent;

public sealed class NodeStatusBuilderSpec
{
    private static readonly DateTimeOffset T0 = new(2030, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static readonly MachineInfo Machine = new(4, 8L << 30, 4L << 30, 100L << 30, 50L << 30, "10.0.0.5", "host", "m1", "b1", "6.1", "Debian", "amd64");

    [Fact]
    public void The_node_carries_kubelet_labels_capacity_addresses_and_ready_conditions()
    {
        var node = new NodeStatusBuilder("node-1", AgentSettings.Default, "process://1.0").Build(null, Machine, T0, heartbeat: true);

        Assert.Equal("node-1", node.Metadata.Name);
        Assert.Equal("node-1", node.Metadata.Labels!["kubernetes.io/hostname"]);
        Assert.Equal("linux", node.Metadata.Labels["kubernetes.io/os"]);
        Assert.Equal("amd64", node.Metadata.Labels["kubernetes.io/arch"]);
        Assert.True(node.Metadata.Labels.ContainsKey("node-role.kubernetes.io/control-plane"));
        Assert.Equal("4", node.Status!.Capacity!["cpu"].ToString());
        Assert.Equal("8Gi", node.Status.Capacity["memory"].ToString());
        Assert.Equal("110", node.Status.Capacity["pods"].ToString());
        Assert.Equal(100L << 30, node.Status.Capacity["ephemeral-storage"].Value);
        Assert.True(node.Status.Allocatable!["memory"].CompareTo(node.Status.Capacity["memory"]) < 0);
        Assert.Equal(["InternalIP", "Hostname"], node.Status.Addresses!.Select(address => address.Type));
        Assert.Equal("10.0.0.5", node.Status.Addresses![0].Address);
        Assert.Equal(["MemoryPressure", "DiskPressure", "PIDPressure", "Ready"], node.Status.Conditions!.Select(condition => condition.Type));
        Assert.Equal("True", node.Status.Conditions![3].Status);
        Assert.Equal("KubeletReady", node.Status.Conditions[3].Reason);
        Assert.Equal("process://1.0", node.Status.NodeInfo!.ContainerRuntimeVersion);
    }

    [Fact]
    public void A_worker_only_member_has_no_control_plane_role_label()
    {
        var settings = AgentSettings.Default with { Roles = ["worker"] };

        var node = new NodeStatusBuilder("node-1", settings, "process://1.0").Build(null, Machine, T0, heartbeat: true);

        Assert.False(node.Metadata.Labels!.ContainsKey("node-role.kubernetes.io/control-plane"));
    }

    [Fact]
    public void Heartbeats_move_only_when_due_or_when_a_condition_changes()
    {
        var builder = new NodeStatusBuilder("node-1", AgentSettings.Default, "process://1.0");
        var first = builder.Build(null, Machine, T0, heartbeat: true);

        var quiet = builder.Build(first, Machine, T0.AddSeconds(5), heartbeat: false);
        Assert.All(quiet.Status!.Conditions!, condition => Assert.Equal(T0, condition.LastHeartbeatTime));

        var pressured = builder.Build(first, Machine with { MemoryAvailableBytes = 1 << 20 }, T0.AddSeconds(6), heartbeat: false);
        var memory = pressured.Status!.Conditions!.Single(condition => condition.Type == "MemoryPressure");
        Assert.Equal("True", memory.Status);
        Assert.Equal(T0.AddSeconds(6), memory.LastTransitionTime);

        var due = builder.Build(first, Machine, T0.AddSeconds(10), heartbeat: true);
        Assert.All(due.Status!.Conditions!, condition => Assert.Equal(T0.AddSeconds(10), condition.LastHeartbeatTime));
        Assert.All(due.Status!.Conditions!, condition => Assert.Equal(T0, condition.LastTransitionTime));
    }

    [Fact]
    public void The_machine_is_read_from_proc_and_the_data_dir()
    {
        var machine = MachineInfo.Read(Path.GetTempPath(), "");

        Assert.Equal(System.Environment.ProcessorCount, machine.CpuCores);
        Assert.True(machine.MemoryBytes > 0);
        Assert.True(machine.StorageBytes > 0);
        Assert.Equal(MachineInfo.ArchitectureName(RuntimeInformation.OSArchitecture), machine.Architecture);
        Assert.Equal(1024 * 1024L, MachineInfo.ParseMeminfo(["MemTotal:       1024 kB"])["MemTotal"]);
    }
}
