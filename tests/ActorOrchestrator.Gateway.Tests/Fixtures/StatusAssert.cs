using System.Net;
using System.Text.Json;

namespace ActorOrchestrator.Gateway.Tests.Fixtures;

internal static class StatusAssert
{
    /// <summary>Asserts the answer is a Kubernetes Status with this code and reason; returns its message.</summary>
    public static async Task<string> IsStatusAsync(HttpResponseMessage response, HttpStatusCode code, string reason)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(code == response.StatusCode, $"expected {(int)code}, got {(int)response.StatusCode}: {body}");
        using var document = JsonDocument.Parse(body);
        Assert.Equal("Status", document.RootElement.GetProperty("kind").GetString());
        Assert.Equal((int)code, document.RootElement.GetProperty("code").GetInt32());
        Assert.Equal(reason, document.RootElement.GetProperty("reason").GetString());
        return document.RootElement.GetProperty("message").GetString()!;
    }

    public static async Task<JsonElement> IsObjectAsync(HttpResponseMessage response, HttpStatusCode code)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(code == response.StatusCode, $"expected {(int)code}, got {(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }
}
