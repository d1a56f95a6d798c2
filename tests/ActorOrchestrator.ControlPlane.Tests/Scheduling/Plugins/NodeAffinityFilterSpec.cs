using ActorOrchestrator.Api.Core;
using ActorOrchestrator.ControlPlane.Scheduling.Cache;
using ActorOrchestrator.ControlPlane.Scheduling.Plugins.NodeAffinity;
using static ActorOrchestrator.ControlPlane.Tests.Scheduling.SchedulingObjects;

namespace ActorOrchestrator.ControlPlane.Tests.Scheduling.Plugins;

public sealed class NodeAffinityFilterSpec
{
    private static readonly Dictionary<string, string> Labels = new() { ["disk"] = "ssd", ["zone"] = "a", ["cores"] = "16" };

    private readonly NodeAffinityFilter _filter = new();

    [Theory]
    [InlineData("disk", "ssd", true)]
    [InlineData("disk", "hdd", false)]
    [InlineData("gpu", "true", false)]
    public void A_node_selector_needs_every_label_with_its_value(string key, string value, bool fits)
    {
        var pod = PendingInfo("p", spec: s => s with { NodeSelector = new Dictionary<string, string> { [key] = value, ["zone"] = "a" } });
        var reasons = new List<string>();

        Assert.Equal(fits, _filter.Filter(pod, NodeInfo(Node("n1", labels: Labels)), reasons));
        Assert.Equal(fits ? [] : ["node(s) didn't match Pod's node affinity/selector"], reasons);
    }

    [Theory]
    [InlineData("zone", "In", new[] { "a", "b" }, true)]
    [InlineData("zone", "In", new[] { "b" }, false)]
    [InlineData("zone", "NotIn", new[] { "b" }, true)]
    [InlineData("gpu", "NotIn", new[] { "x" }, true)]
    [InlineData("disk", "Exists", new string[0], true)]
    [InlineData("disk", "DoesNotExist", new string[0], false)]
    [InlineData("cores", "Gt", new[] { "8" }, true)]
    [InlineData("cores", "Lt", new[] { "8" }, false)]
    [InlineData("zone", "Gt", new[] { "8" }, false)]
    public void Required_affinity_expressions_use_Kubernetes_operators(string key, string @operator, string[] values, bool fits)
    {
        var pod = WithRequiredTerms(new NodeSelectorTerm { MatchExpressions = [new NodeSelectorRequirement { Key = key, Operator = @operator, Values = values }] });

        Assert.Equal(fits, _filter.Filter(pod, NodeInfo(Node("n1", labels: Labels)), []));
    }

    [Fact]
    public void Terms_are_ORed_and_an_empty_term_matches_nothing()
    {
        var miss = new NodeSelectorTerm { MatchExpressions = [new NodeSelectorRequirement { Key = "zone", Operator = "In", Values = ["z"] }] };
        var hit = new NodeSelectorTerm { MatchFields = [new NodeSelectorRequirement { Key = "metadata.name", Operator = "In", Values = ["n1"] }] };
        var node = NodeInfo(Node("n1", labels: Labels));

        Assert.True(_filter.Filter(WithRequiredTerms(miss, hit), node, []));
        Assert.False(_filter.Filter(WithRequiredTerms(miss, new NodeSelectorTerm()), node, []));
    }

    [Fact]
    public void Match_fields_select_nodes_by_name()
    {
        var onlyN2 = WithRequiredTerms(new NodeSelectorTerm { MatchFields = [new NodeSelectorRequirement { Key = "metadata.name", Operator = "In", Values = ["n2"] }] });

        Assert.False(_filter.Filter(onlyN2, NodeInfo(Node("n1")), []));
        Assert.True(_filter.Filter(onlyN2, NodeInfo(Node("n2")), []));
    }

    private static PodInfo WithRequiredTerms(params NodeSelectorTerm[] terms) =>
        PendingInfo("p", spec: s => s with
        {
            Affinity = new Affinity { NodeAffinity = new NodeAffinity { RequiredDuringSchedulingIgnoredDuringExecution = new NodeSelector { NodeSelectorTerms = terms } } },
        });
}
