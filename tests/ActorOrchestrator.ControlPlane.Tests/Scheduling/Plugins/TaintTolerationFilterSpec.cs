using ActorOrchestrator.Api.Core;
using ActorOrchestrator.ControlPlane.Scheduling.Plugins.TaintToleration;
using static ActorOrchestrator.ControlPlane.Tests.Scheduling.SchedulingObjects;

namespace ActorOrchestrator.ControlPlane.Tests.Scheduling.Plugins;

public sealed class TaintTolerationFilterSpec
{
    private static readonly Taint Gpu = new() { Key = "gpu", Value = "true", Effect = "NoSchedule" };

    private readonly TaintTolerationFilter _filter = new();

    [Fact]
    public void A_NoSchedule_taint_keeps_out_pods_without_a_matching_toleration_and_names_it()
    {
        var reasons = new List<string>();

        Assert.False(_filter.Filter(PendingInfo("p"), NodeInfo(Node("n1", taints: [Gpu])), reasons));
        Assert.Equal(["node(s) had untolerated taint {gpu: true}"], reasons);
    }

    [Theory]
    [InlineData("gpu", "Equal", "true", "NoSchedule", true)]
    [InlineData("gpu", null, "true", null, true)]
    [InlineData("gpu", "Equal", "false", "NoSchedule", false)]
    [InlineData("gpu", "Exists", null, null, true)]
    [InlineData(null, "Exists", null, null, true)]
    [InlineData("gpu", "Exists", null, "NoExecute", false)]
    [InlineData("other", "Exists", null, null, false)]
    public void Tolerations_match_by_key_operator_value_and_effect(string? key, string? @operator, string? value, string? effect, bool tolerated)
    {
        var pod = PendingInfo("p", spec: s => s with { Tolerations = [new Toleration { Key = key, Operator = @operator, Value = value, Effect = effect }] });

        Assert.Equal(tolerated, _filter.Filter(pod, NodeInfo(Node("n1", taints: [Gpu])), []));
    }

    [Fact]
    public void PreferNoSchedule_taints_do_not_filter()
    {
        var soft = new Taint { Key = "spot", Effect = "PreferNoSchedule" };

        Assert.True(_filter.Filter(PendingInfo("p"), NodeInfo(Node("n1", taints: [soft])), []));
    }

    [Theory]
    [InlineData("False", "node.kubernetes.io/not-ready")]
    [InlineData("Unknown", "node.kubernetes.io/unreachable")]
    public void A_node_that_is_not_Ready_counts_as_tainted_as_Kubernetes_taints_it(string ready, string taint)
    {
        var reasons = new List<string>();

        Assert.False(_filter.Filter(PendingInfo("p"), NodeInfo(Node("n1", ready: ready)), reasons));
        Assert.Equal([$"node(s) had untolerated taint {{{taint}: }}"], reasons);
    }

    [Fact]
    public void A_pod_tolerating_not_ready_may_go_to_a_node_that_is_not_Ready()
    {
        var pod = PendingInfo("p", spec: s => s with { Tolerations = [new Toleration { Key = "node.kubernetes.io/not-ready", Operator = "Exists" }] });

        Assert.True(_filter.Filter(pod, NodeInfo(Node("n1", ready: "False")), []));
    }
}
