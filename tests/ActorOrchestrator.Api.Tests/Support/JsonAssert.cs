using System.Text.Json.Nodes;

namespace ActorOrchestrator.Api.Tests.Support;

internal static class JsonAssert
{
    /// <summary>Every leaf set in <paramref name="expected"/> is present with the same value in <paramref name="actual"/>.</summary>
    public static void ContainsEveryField(JsonNode? expected, JsonNode? actual, string path = "")
    {
        switch (expected)
        {
            case JsonObject obj:
                var actualObject = Assert.IsType<JsonObject>(actual);
                foreach (var (key, value) in obj)
                {
                    if (value is null)
                    {
                        continue;
                    }

                    Assert.True(actualObject.ContainsKey(key), $"field {path}.{key} was lost");
                    ContainsEveryField(value, actualObject[key], $"{path}.{key}");
                }

                break;
            case JsonArray array:
                var actualArray = Assert.IsType<JsonArray>(actual);
                Assert.True(array.Count == actualArray.Count, $"list {path} has {actualArray.Count} items, expected {array.Count}");
                for (var index = 0; index < array.Count; index++)
                {
                    ContainsEveryField(array[index], actualArray[index], $"{path}[{index}]");
                }

                break;
            default:
                Assert.True(JsonNode.DeepEquals(expected, actual), $"{path}: expected {expected?.ToJsonString()}, got {actual?.ToJsonString()}");
                break;
        }
    }
}
