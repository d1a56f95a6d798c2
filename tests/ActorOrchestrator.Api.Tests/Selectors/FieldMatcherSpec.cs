using ActorOrchestrator.Api.Core;
using ActorOrchestrator.Api.Selectors;

namespace ActorOrchestrator.Api.Tests.Selectors;

public sealed class FieldMatcherSpec
{
    private static readonly Pod Running = new()
    {
        Metadata = new() { Name = "web-1", Namespace = "default" },
        Spec = new PodSpec { NodeName = "node-2" },
        Status = new PodStatus { Phase = "Running" },
    };

    private static readonly Event Started = new()
    {
        Metadata = new() { Name = "web-1.17a", Namespace = "default" },
        InvolvedObject = new ObjectReference { Kind = "Pod", Name = "web-1", Namespace = "default", Uid = "u-1" },
        Reason = "Started",
    };

    [Theory]
    [InlineData("metadata.name=web-1", true)]
    [InlineData("metadata.name==web-1,metadata.namespace=default", true)]
    [InlineData("spec.nodeName=node-2", true)]
    [InlineData("spec.nodeName!=node-2", false)]
    [InlineData("status.phase!=Running", false)]
    [InlineData("status.phase=Running,spec.nodeName=node-1", false)]
    [InlineData("status.podIP=", true)]
    [InlineData("", true)]
    public void Pod_fields_select_like_Kubernetes(string selector, bool matches)
    {
        Assert.Equal(matches, FieldMatcher.Parse(selector, ResourceKinds.Pod).Matches(Running));
    }

    [Fact]
    public void Event_involved_object_fields_select_as_kubectl_describe_asks()
    {
        var matcher = FieldMatcher.Parse("involvedObject.name=web-1,involvedObject.namespace=default,involvedObject.uid=u-1", ResourceKinds.Event);

        Assert.True(matcher.Matches(Started));
        Assert.False(FieldMatcher.Parse("involvedObject.kind=Deployment", ResourceKinds.Event).Matches(Started));
    }

    [Fact]
    public void Unsupported_fields_are_refused_with_the_Kubernetes_message()
    {
        var error = Assert.Throws<SelectorParseException>(() => FieldMatcher.Parse("spec.nodeName=x", ResourceKinds.Deployment));

        Assert.Equal("field label not supported: spec.nodeName", error.Message);
    }

    [Fact]
    public void Escapes_and_malformed_terms()
    {
        var matcher = FieldMatcher.Parse(@"metadata.name=a\,b\=c");

        Assert.Equal("a,b=c", matcher.Requirements[0].Value);
        Assert.Equal("a,b=c", matcher.RequiredValue("metadata.name"));
        Assert.Throws<SelectorParseException>(() => FieldMatcher.Parse("metadata.name"));
        Assert.Throws<SelectorParseException>(() => FieldMatcher.Parse(@"metadata.name=a\b"));
    }
}
