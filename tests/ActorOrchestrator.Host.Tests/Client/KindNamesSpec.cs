using ActorOrchestrator.Api;
using ActorOrchestrator.Host.Client;

namespace ActorOrchestrator.Host.Tests.Client;

public sealed class KindNamesSpec
{
    [Theory]
    [InlineData("deployments")]
    [InlineData("deployment")]
    [InlineData("deploy")]
    [InlineData("Deployment")]
    [InlineData("deployments.apps")]
    public void A_kind_is_found_by_plural_singular_short_name_kind_and_group(string text) =>
        Assert.Equal(ResourceKinds.Deployment, KindNames.Resolve(text));

    [Fact]
    public void Kind_slash_name_splits_into_both()
    {
        var (kind, name) = KindNames.ResolveWithName("po/web-1", null);

        Assert.Equal((ResourceKinds.Pod, "web-1"), (kind, name));
    }

    [Fact]
    public void An_unknown_kind_is_refused_in_kubectls_words() =>
        Assert.Equal(
            "error: the server doesn't have a resource type \"widgets\"",
            Assert.Throws<ClientException>(() => KindNames.Resolve("widgets")).Message);

    [Theory]
    [InlineData("deployments", "default", "web", "/apis/apps/v1/namespaces/default/deployments/web")]
    [InlineData("pods", null, null, "/api/v1/pods")]
    [InlineData("nodes", "default", "n1", "/api/v1/nodes/n1")]
    [InlineData("cm", "team-a", null, "/api/v1/namespaces/team-a/configmaps")]
    public void Paths_follow_the_kubernetes_rest_layout(string kind, string? @namespace, string? name, string path) =>
        Assert.Equal(path, KindNames.PathOf(KindNames.Resolve(kind), @namespace, name));

    [Fact]
    public void Names_are_printed_as_kubectl_prints_them()
    {
        Assert.Equal("deployment.apps/web", KindNames.ObjectName(ResourceKinds.Deployment, "web"));
        Assert.Equal("pod/x", KindNames.ObjectName(ResourceKinds.Pod, "x"));
    }
}
