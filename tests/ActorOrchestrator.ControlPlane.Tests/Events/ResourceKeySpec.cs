using ActorOrchestrator.Api;
using ActorOrchestrator.ControlPlane.Events;
using ActorOrchestrator.ControlPlane.Tests.Fixtures;

namespace ActorOrchestrator.ControlPlane.Tests.Events;

public sealed class ResourceKeySpec
{
    [Fact]
    public void A_namespaced_object_is_kind_slash_namespace_slash_name()
    {
        var key = ResourceKey.Of(TestObjects.Pod("web-1", "team-a"));

        Assert.Equal("pod/team-a/web-1", key.PersistenceId);
        Assert.True(ResourceKey.TryParse("pod/team-a/web-1", out var parsed));
        Assert.Equal(key, parsed);
    }

    [Fact]
    public void A_cluster_scoped_object_keeps_an_empty_namespace_segment()
    {
        var key = ResourceKey.Of(TestObjects.Node("worker-1"));

        Assert.Equal("node//worker-1", key.PersistenceId);
        Assert.True(ResourceKey.TryParse("node//worker-1", out var parsed));
        Assert.Equal(ResourceKinds.Node, parsed.Kind);
        Assert.Equal("", parsed.Namespace);
    }

    [Theory]
    [InlineData("scheduler/singleton")]
    [InlineData("pod//web-1")]
    [InlineData("node/default/worker-1")]
    [InlineData("gadget/default/x")]
    [InlineData("pod/default/")]
    [InlineData("pod/default/a/b")]
    [InlineData("shard-coordinator")]
    public void Ids_of_other_entities_or_of_the_wrong_scope_do_not_parse(string persistenceId)
    {
        Assert.False(ResourceKey.TryParse(persistenceId, out _));
    }

    [Fact]
    public void A_namespaced_kind_without_a_namespace_is_refused_with_the_object_named()
    {
        var error = Assert.Throws<ArgumentException>(() => new ResourceKey(ResourceKinds.Pod, null, "web-1"));

        Assert.Contains("Pod 'web-1' is namespaced", error.Message, StringComparison.Ordinal);
    }
}
