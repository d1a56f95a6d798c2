using System.Text.Json.Nodes;
using ActorOrchestrator.Api.Patching;

namespace ActorOrchestrator.Api.Tests.Patching;

public sealed class JsonMergePatchSpec
{
    [Theory]
    [InlineData("""{"a":"b"}""", """{"a":"c"}""", """{"a":"c"}""")]
    [InlineData("""{"a":"b"}""", """{"b":"c"}""", """{"a":"b","b":"c"}""")]
    [InlineData("""{"a":"b"}""", """{"a":null}""", "{}")]
    [InlineData("""{"a":["b"]}""", """{"a":["c","d"]}""", """{"a":["c","d"]}""")]
    [InlineData("""{"a":{"b":"c"}}""", """{"a":{"b":"d","c":null}}""", """{"a":{"b":"d"}}""")]
    [InlineData("""{"a":"foo"}""", """{"a":{"b":"c"}}""", """{"a":{"b":"c"}}""")]
    [InlineData("""{"spec":{"replicas":2,"paused":true}}""", """{"spec":{"replicas":4}}""", """{"spec":{"replicas":4,"paused":true}}""")]
    public void Merges_as_RFC_7386_describes(string target, string patch, string expected)
    {
        Assert.Equal(expected, JsonMergePatch.Apply(JsonNode.Parse(target), JsonNode.Parse(patch))!.ToJsonString());
    }

    [Theory]
    [InlineData("application/strategic-merge-patch+json", PatchType.StrategicMergePatch)]
    [InlineData("application/merge-patch+json; charset=utf-8", PatchType.MergePatch)]
    [InlineData("application/json-patch+json", PatchType.JsonPatch)]
    [InlineData("application/apply-patch+yaml", PatchType.ApplyPatch)]
    public void Content_types_name_the_patch_type(string contentType, PatchType type)
    {
        Assert.Equal(type, PatchTypes.FromContentType(contentType));
        Assert.Null(PatchTypes.FromContentType("application/json"));
    }
}
