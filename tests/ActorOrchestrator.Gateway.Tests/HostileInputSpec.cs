using System.Net;
using System.Text.Json;
using ActorOrchestrator.Gateway.Tests.Fixtures;

namespace ActorOrchestrator.Gateway.Tests;

/// <summary>Nothing a client sends crashes the gateway or earns a 500: every bad request is a 4xx Kubernetes Status.</summary>
public sealed class HostileInputSpec : IAsyncLifetime
{
    private GatewayHarness _gateway = null!;

    public async Task InitializeAsync()
    {
        _gateway = await GatewayHarness.StartAsync();
        await _gateway.SendAsync(HttpMethod.Post, "/apis/apps/v1/namespaces/default/deployments", Manifests.Deployment("target"));
    }

    public async Task DisposeAsync() => await _gateway.DisposeAsync();

    public static TheoryData<string, string, string, string> Requests => new()
    {
        { "POST", "/api/v1/namespaces/default/configmaps", "application/json", "\u0001\u0002garbage" },
        { "POST", "/api/v1/namespaces/default/configmaps", "application/json", "[1,2,3]" },
        { "POST", "/api/v1/namespaces/default/configmaps", "application/json", "" },
        { "POST", "/api/v1/namespaces/default/configmaps", "application/yaml", "a: [unclosed" },
        { "POST", "/api/v1/namespaces/default/configmaps", "application/yaml", "kind: ConfigMap\napiVersion: v1\n---\nkind: ConfigMap\napiVersion: v1\n" },
        { "POST", "/api/v1/namespaces/default/configmaps", "text/html", "<html/>" },
        { "POST", "/api/v1/namespaces/default/configmaps", "application/json", """{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"x","namespace":"other"}}""" },
        { "POST", "/api/v1/namespaces/default/configmaps", "application/json", """{"apiVersion":"v1","kind":"ConfigMap","metadata":"nope"}""" },
        { "POST", "/api/v1/namespaces/default/configmaps", "application/json", """{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"x"},"data":{"k":5}}""" },
        { "POST", "/api/v1/namespaces/default/configmaps?fieldValidation=Sometimes", "application/json", Manifests.ConfigMap("fv") },
        { "POST", "/api/v1/namespaces/default/configmaps?dryRun=Maybe", "application/json", Manifests.ConfigMap("dr") },
        { "PUT", "/apis/apps/v1/namespaces/default/deployments/target", "application/json", Manifests.Deployment("other-name") },
        { "PATCH", "/apis/apps/v1/namespaces/default/deployments/target", "application/json", "{}" },
        { "PATCH", "/apis/apps/v1/namespaces/default/deployments/target", "application/json-patch+json", """[{"op":"test","path":"/spec/replicas","value":99}]""" },
        { "PATCH", "/apis/apps/v1/namespaces/default/deployments/target", "application/json-patch+json", """[{"op":"explode"}]""" },
        { "PATCH", "/apis/apps/v1/namespaces/default/deployments/target", "application/merge-patch+json", "not json" },
        { "PATCH", "/apis/apps/v1/namespaces/default/deployments/target", "application/merge-patch+json", """{"spec":{"replicas":"many"}}""" },
        { "PATCH", "/apis/apps/v1/namespaces/default/deployments/target/scale", "application/merge-patch+json", """{"spec":{"replicas":"many"}}""" },
        { "PUT", "/apis/apps/v1/namespaces/default/deployments/target/scale", "application/json", "[]" },
        { "DELETE", "/apis/apps/v1/namespaces/default/deployments/target", "application/json", """{"propagationPolicy":"Sideways"}""" },
        { "DELETE", "/apis/apps/v1/namespaces/default/deployments/target", "application/json", "{{{" },
        { "POST", "/api/v1/namespaces/default/pods/nobody/binding", "application/json", """{"target":{}}""" },
        { "POST", "/api/v1/namespaces/default/pods/nobody/eviction", "application/json", "\"string\"" },
        { "GET", "/api/v1/namespaces/default/configmaps?limit=-1", "", "" },
        { "GET", "/api/v1/namespaces/default/configmaps?resourceVersion=abc", "", "" },
        { "GET", "/api/v1/namespaces/default/configmaps?continue=garbage", "", "" },
        { "GET", "/api/v1/namespaces/default/configmaps?watch=maybe", "", "" },
        { "GET", "/api/v1/namespaces/default/configmaps?watch=true&timeoutSeconds=soon", "", "" },
        { "GET", "/api/v1/namespaces/default/configmaps?resourceVersionMatch=Whenever&resourceVersion=1", "", "" },
        { "GET", "/api/v1/namespaces/default/pods/nobody/log?tailLines=-5", "", "" },
        { "GET", "/api/v1/namespaces/default/configmaps/x/y/z/w", "", "" },
        { "GET", "/api/v1/namespaces/%2F/configmaps/a%2Fb", "", "" },
        { "DELETE", "/api/v1/namespaces/default/configmaps/a%2Fb", "", "" },
        { "GET", "/apis/apps/v2", "", "" },
        { "TRACE", "/api/v1/namespaces/default/configmaps", "", "" },
    };

    [Theory]
    [MemberData(nameof(Requests))]
    public async Task A_malformed_request_is_a_4xx_Status_and_the_gateway_keeps_serving(string method, string path, string contentType, string body)
    {
        using var response = await _gateway.SendAsync(new HttpMethod(method), path, body.Length == 0 && contentType.Length == 0 ? null : body, contentType.Length == 0 ? "application/json" : contentType);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True((int)response.StatusCode is >= 400 and < 500, $"{method} {path} answered {(int)response.StatusCode}: {text}");
        using var status = JsonDocument.Parse(text);
        Assert.Equal("Status", status.RootElement.GetProperty("kind").GetString());
        Assert.Equal((int)response.StatusCode, status.RootElement.GetProperty("code").GetInt32());
        Assert.Equal(HttpStatusCode.OK, (await _gateway.Http.GetAsync("/livez")).StatusCode);
    }
}
