using ActorOrchestrator.Api.Core;
using ActorOrchestrator.ControlPlane.Scheduling.Plugins.NodeUnschedulable;
using static ActorOrchestrator.ControlPlane.Tests.Scheduling.SchedulingObjects;

namespace ActorOrchestrator.ControlPlane.Tests.Scheduling.Plugins;

public sealed class NodeUnschedulableFilterSpec
{
    private readonly NodeUnschedulableFilter _filter = new();

    [Fact]
    public void A_cordoned_node_takes_no_new_pods()
    {
        var reasons = new List<string>();

        Assert.False(_filter.Filter(PendingInfo("p"), NodeInfo(Node("n1", unschedulable: true)), reasons));
        Assert.Equal(["node(s) were unschedulable"], reasons);
        Assert.True(_filter.Filter(PendingInfo("p"), NodeInfo(Node("n2")), []));
    }

    [Fact]
    public void A_pod_tolerating_the_unschedulable_taint_may_go_to_a_cordoned_node()
    {
        var pod = PendingInfo("p", spec: s => s with
        {
            Tolerations = [new Toleration { Key = "node.kubernetes.io/unschedulable", Operator = "Exists", Effect = "NoSchedule" }],
        });

        Assert.True(_filter.Filter(pod, NodeInfo(Node("n1", unschedulable: true)), []));
    }
}
