using System.Text;
using ActorOrchestrator.ControlPlane.Events;

namespace ActorOrchestrator.ControlPlane.Tests.Events;

public sealed class ResourceVersionStampSpec
{
    [Theory]
    [InlineData("""{"kind":"Pod","metadata":{"name":"a","resourceVersion":"7"},"spec":{}}""", """{"kind":"Pod","metadata":{"name":"a","resourceVersion":"1234"},"spec":{}}""")]
    [InlineData("""{"kind":"Pod","metadata":{"name":"a"},"spec":{"x":{"metadata":{}}}}""", """{"kind":"Pod","metadata":{"resourceVersion":"1234","name":"a"},"spec":{"x":{"metadata":{}}}}""")]
    [InlineData("""{"spec":{"metadata":{"resourceVersion":"1"}},"metadata":{}}""", """{"spec":{"metadata":{"resourceVersion":"1"}},"metadata":{"resourceVersion":"1234"}}""")]
    [InlineData("""{"kind":"Pod"}""", """{"metadata":{"resourceVersion":"1234"},"kind":"Pod"}""")]
    [InlineData("""{}""", """{"metadata":{"resourceVersion":"1234"}}""")]
    [InlineData("""{"metadata":null}""", """{"metadata":{"resourceVersion":"1234"}}""")]
    [InlineData("""{"metadata":{"resourceVersion":12,"labels":{"resourceVersion":"x"}}}""", """{"metadata":{"resourceVersion":"1234","labels":{"resourceVersion":"x"}}}""")]
    public void The_resource_version_is_replaced_or_inserted_in_metadata_only(string json, string expected)
    {
        var stamped = ResourceVersionStamp.Apply(Encoding.UTF8.GetBytes(json), 1234);

        Assert.Equal(expected, Encoding.UTF8.GetString(stamped));
    }
}
