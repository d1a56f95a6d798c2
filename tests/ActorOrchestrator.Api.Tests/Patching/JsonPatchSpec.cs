using System.Text.Json.Nodes;
using ActorOrchestrator.Api.Patching;

namespace ActorOrchestrator.Api.Tests.Patching;

public sealed class JsonPatchSpec
{
    private const string Document = """{"metadata":{"name":"web","annotations":{"a/b":"1"},"resourceVersion":"5"},"spec":{"list":[1,2,3]}}""";

    private static string Apply(string patch) => JsonPatch.Apply(JsonNode.Parse(Document), JsonNode.Parse(patch))!.ToJsonString();

    [Theory]
    [InlineData("""[{"op":"add","path":"/spec/x","value":1}]""", """{"metadata":{"name":"web","annotations":{"a/b":"1"},"resourceVersion":"5"},"spec":{"list":[1,2,3],"x":1}}""")]
    [InlineData("""[{"op":"add","path":"/spec/list/1","value":9}]""", """{"metadata":{"name":"web","annotations":{"a/b":"1"},"resourceVersion":"5"},"spec":{"list":[1,9,2,3]}}""")]
    [InlineData("""[{"op":"add","path":"/spec/list/-","value":4}]""", """{"metadata":{"name":"web","annotations":{"a/b":"1"},"resourceVersion":"5"},"spec":{"list":[1,2,3,4]}}""")]
    [InlineData("""[{"op":"remove","path":"/metadata/annotations/a~1b"}]""", """{"metadata":{"name":"web","annotations":{},"resourceVersion":"5"},"spec":{"list":[1,2,3]}}""")]
    [InlineData("""[{"op":"replace","path":"/metadata/resourceVersion","value":"7"}]""", """{"metadata":{"name":"web","annotations":{"a/b":"1"},"resourceVersion":"7"},"spec":{"list":[1,2,3]}}""")]
    [InlineData("""[{"op":"move","from":"/spec/list","path":"/spec/moved"}]""", """{"metadata":{"name":"web","annotations":{"a/b":"1"},"resourceVersion":"5"},"spec":{"moved":[1,2,3]}}""")]
    [InlineData("""[{"op":"copy","from":"/metadata/name","path":"/spec/name"}]""", """{"metadata":{"name":"web","annotations":{"a/b":"1"},"resourceVersion":"5"},"spec":{"list":[1,2,3],"name":"web"}}""")]
    [InlineData("""[{"op":"test","path":"/spec/list/0","value":1},{"op":"remove","path":"/spec/list/0"}]""", """{"metadata":{"name":"web","annotations":{"a/b":"1"},"resourceVersion":"5"},"spec":{"list":[2,3]}}""")]
    public void Operations_follow_RFC_6902(string patch, string expected)
    {
        Assert.Equal(expected, Apply(patch));
    }

    [Theory]
    [InlineData("""[{"op":"test","path":"/metadata/name","value":"db"}]""", "testing value /metadata/name failed: test failed")]
    [InlineData("""[{"op":"replace","path":"/spec/missing","value":1}]""", "replace operation does not apply: doc is missing path: \"/spec/missing\"")]
    [InlineData("""[{"op":"remove","path":"/spec/list/7"}]""", "doc is missing path: \"/spec/list/7\": index 7 is out of bounds")]
    [InlineData("""[{"op":"jump","path":"/a"}]""", "unexpected kind of operation: \"jump\"")]
    [InlineData("""{"op":"add"}""", "a JSON patch must be a list of operations")]
    public void Failing_operations_abort_the_whole_patch_with_a_reason(string patch, string message)
    {
        var error = Assert.Throws<PatchException>(() => Apply(patch));

        Assert.Equal(message, error.Message);
    }
}
