using System.Net;
using System.Text.Json;
using ActorOrchestrator.Gateway.Tests.Fixtures;

namespace ActorOrchestrator.Gateway.Tests;

public sealed class DiscoverySpec : IAsyncLifetime
{
    private const string AggregatedAccept =
        "application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList,application/json;g=apidiscovery.k8s.io;v=v2beta1;as=APIGroupDiscoveryList,application/json";

    private bool _ready;
    private GatewayHarness _gateway = null!;

    public async Task InitializeAsync() => _gateway = await GatewayHarness.StartAsync(ready: () => _ready);

    public async Task DisposeAsync() => await _gateway.DisposeAsync();

    [Fact]
    public async Task Version_reports_kubernetes_1_31_so_the_dispatcher_runs_a_json_speaking_kubectl()
    {
        using var document = await JsonAsync("/version");
        Assert.Equal("1", document.RootElement.GetProperty("major").GetString());
        Assert.Equal("31", document.RootElement.GetProperty("minor").GetString());
        Assert.StartsWith("v1.31.", document.RootElement.GetProperty("gitVersion").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Aggregated_discovery_echoes_the_media_type_and_lists_apps_with_scale_and_short_names()
    {
        using var response = await _gateway.SendAsync(HttpMethod.Get, "/apis", accept: AggregatedAccept);
        Assert.Equal("application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList", response.Content.Headers.ContentType!.ToString().Replace(" ", "", StringComparison.Ordinal));
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var apps = document.RootElement.GetProperty("items").EnumerateArray().Single(item => item.GetProperty("metadata").GetProperty("name").GetString() == "apps");
        var deployments = apps.GetProperty("versions")[0].GetProperty("resources").EnumerateArray()
            .Single(resource => resource.GetProperty("resource").GetString() == "deployments");
        Assert.Equal("deploy", deployments.GetProperty("shortNames")[0].GetString());
        Assert.Equal("all", deployments.GetProperty("categories")[0].GetString());
        var scale = deployments.GetProperty("subresources").EnumerateArray().Single(sub => sub.GetProperty("subresource").GetString() == "scale");
        Assert.Equal("autoscaling", scale.GetProperty("responseKind").GetProperty("group").GetString());
    }

    [Fact]
    public async Task Legacy_core_resource_list_names_the_pod_subresources_drain_and_logs_need()
    {
        using var document = await JsonAsync("/api/v1");
        var names = document.RootElement.GetProperty("resources").EnumerateArray().Select(resource => resource.GetProperty("name").GetString()).ToList();
        Assert.Contains("pods/log", names);
        Assert.Contains("pods/eviction", names);
        Assert.Contains("pods/binding", names);
        Assert.Contains("nodes/status", names);
        var pods = document.RootElement.GetProperty("resources").EnumerateArray().Single(resource => resource.GetProperty("name").GetString() == "pods");
        Assert.Equal("pod", pods.GetProperty("singularName").GetString());
        Assert.True(pods.GetProperty("namespaced").GetBoolean());
    }

    [Fact]
    public async Task Plain_json_discovery_answers_the_legacy_documents()
    {
        using var api = await JsonAsync("/api");
        Assert.Equal("APIVersions", api.RootElement.GetProperty("kind").GetString());
        using var apis = await JsonAsync("/apis");
        Assert.Equal("APIGroupList", apis.RootElement.GetProperty("kind").GetString());
        Assert.Equal("apps/v1", apis.RootElement.GetProperty("groups")[0].GetProperty("preferredVersion").GetProperty("groupVersion").GetString());
    }

    [Fact]
    public async Task OpenApi_v3_index_leads_to_patch_operations_that_accept_fieldValidation()
    {
        using var index = await JsonAsync("/openapi/v3");
        var url = index.RootElement.GetProperty("paths").GetProperty("apis/apps/v1").GetProperty("serverRelativeURL").GetString()!;
        using var document = await JsonAsync(url);
        var patch = document.RootElement.GetProperty("paths").GetProperty("/apis/apps/v1/namespaces/{namespace}/deployments/{name}").GetProperty("patch");
        Assert.Equal("Deployment", patch.GetProperty("x-kubernetes-group-version-kind").GetProperty("kind").GetString());
        Assert.Contains(patch.GetProperty("parameters").EnumerateArray(), parameter => parameter.GetProperty("name").GetString() == "fieldValidation");
    }

    [Fact]
    public async Task Readyz_answers_503_until_the_member_is_ready_while_livez_answers_at_once()
    {
        Assert.Equal(HttpStatusCode.OK, (await _gateway.Http.GetAsync("/livez")).StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await _gateway.Http.GetAsync("/readyz")).StatusCode);
        _ready = true;
        Assert.Equal(HttpStatusCode.OK, (await _gateway.Http.GetAsync("/readyz")).StatusCode);
    }

    [Fact]
    public async Task An_unknown_path_is_a_404_Status()
    {
        using var response = await _gateway.Http.GetAsync("/apis/widgets.example.com/v1/widgets");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Status", document.RootElement.GetProperty("kind").GetString());
        Assert.Equal("NotFound", document.RootElement.GetProperty("reason").GetString());
    }

    private async Task<JsonDocument> JsonAsync(string path)
    {
        using var response = await _gateway.Http.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync());
    }
}
