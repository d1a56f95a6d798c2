using ActorOrchestrator.Api.Core;
using ActorOrchestrator.ControlPlane.Scheduling.Plugins.NodePorts;
using static ActorOrchestrator.ControlPlane.Tests.Scheduling.SchedulingObjects;

namespace ActorOrchestrator.ControlPlane.Tests.Scheduling.Plugins;

public sealed class NodePortsFilterSpec
{
    private readonly NodePortsFilter _filter = new();

    [Theory]
    [InlineData(8080, "TCP", null, false)]
    [InlineData(8080, "UDP", null, true)]
    [InlineData(9090, "TCP", null, true)]
    [InlineData(8080, "TCP", "10.0.0.2", true)]
    [InlineData(8080, "TCP", "10.0.0.1", false)]
    public void A_host_port_already_taken_on_the_node_keeps_the_pod_out(int port, string protocol, string? hostIp, bool fits)
    {
        var node = NodeInfo(Node("n1"), Pod("taken", spec: s => WithHostPort(s, 8080, "TCP", "10.0.0.1")));
        var reasons = new List<string>();

        Assert.Equal(fits, _filter.Filter(Info(Pod("p", spec: s => WithHostPort(s, port, protocol, hostIp))), node, reasons));
        Assert.Equal(fits ? [] : ["node(s) didn't have free ports for the requested pod ports"], reasons);
    }

    [Fact]
    public void A_port_taken_on_every_address_conflicts_with_any_address()
    {
        var node = NodeInfo(Node("n1"), Pod("taken", spec: s => WithHostPort(s, 80, null, null)));

        Assert.False(_filter.Filter(Info(Pod("p", spec: s => WithHostPort(s, 80, "TCP", "192.168.1.1"))), node, []));
    }

    private static PodSpec WithHostPort(PodSpec spec, int port, string? protocol, string? hostIp) =>
        spec with { Containers = [spec.Containers![0] with { Ports = [new ContainerPort { Port = port, HostPort = port, Protocol = protocol, HostIP = hostIp }] }] };
}
