using ActorOrchestrator.ControlPlane.Scheduling.Plugins.NodeResourcesFit;
using static ActorOrchestrator.ControlPlane.Tests.Scheduling.SchedulingObjects;

namespace ActorOrchestrator.ControlPlane.Tests.Scheduling.Plugins;

public sealed class NodeResourcesFitFilterSpec
{
    private readonly NodeResourcesFitFilter _filter = new();

    [Theory]
    [InlineData("1", "1Gi", true, new string[0])]
    [InlineData("1500m", "1Gi", false, new[] { "Insufficient cpu" })]
    [InlineData("1", "3Gi", false, new[] { "Insufficient memory" })]
    [InlineData("2", "4Gi", false, new[] { "Insufficient cpu", "Insufficient memory" })]
    public void A_pod_fits_only_where_allocatable_less_requested_covers_its_requests(string cpu, string memory, bool fits, string[] reasons)
    {
        var node = NodeInfo(Node("n1", cpu: "2", memory: "4Gi"), Pod("running", cpu: "1", memory: "2Gi"));
        var given = new List<string>();

        Assert.Equal(fits, _filter.Filter(PendingInfo("new", cpu, memory), node, given));
        Assert.Equal(reasons, given);
    }

    [Fact]
    public void A_node_holding_as_many_pods_as_it_allows_takes_no_more_even_pods_without_requests()
    {
        var node = NodeInfo(Node("n1", pods: 2), Pod("a", cpu: null, memory: null), Pod("b", cpu: null, memory: null));
        var reasons = new List<string>();

        Assert.False(_filter.Filter(PendingInfo("c", cpu: null, memory: null), node, reasons));
        Assert.Equal(["Too many pods"], reasons);
    }

    [Fact]
    public void Pods_without_requests_fit_a_node_whose_cpu_is_fully_requested()
    {
        var node = NodeInfo(Node("n1", cpu: "1"), Pod("hog", cpu: "1"));

        Assert.True(_filter.Filter(PendingInfo("free", cpu: null, memory: null), node, []));
    }

    [Fact]
    public void Ephemeral_storage_requests_are_counted_too()
    {
        var node = NodeInfo(Node("n1"));
        var pod = PendingInfo("disk", spec: s => s with
        {
            Containers = [s.Containers![0] with { Resources = new() { Requests = new Dictionary<string, Api.Quantities.Quantity> { ["ephemeral-storage"] = Api.Quantities.Quantity.Parse("200Gi") } } }],
        });
        var reasons = new List<string>();

        Assert.False(_filter.Filter(pod, node, reasons));
        Assert.Equal(["Insufficient ephemeral-storage"], reasons);
    }
}
