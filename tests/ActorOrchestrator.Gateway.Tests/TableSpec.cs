using System.Net;
using System.Text.Json;
using ActorOrchestrator.Gateway.Tests.Fixtures;

namespace ActorOrchestrator.Gateway.Tests;

public sealed class TableSpec : IAsyncLifetime
{
    private const string TableAccept = "application/json;as=Table;v=v1;g=meta.k8s.io,application/json;as=Table;v=v1beta1;g=meta.k8s.io,application/json";

    private GatewayHarness _gateway = null!;

    public async Task InitializeAsync() => _gateway = await GatewayHarness.StartAsync();

    public async Task DisposeAsync() => await _gateway.DisposeAsync();

    [Fact]
    public async Task Deployments_list_as_a_table_with_kubectls_columns_and_partial_metadata_rows()
    {
        await _gateway.SendAsync(HttpMethod.Post, "/apis/apps/v1/namespaces/default/deployments", Manifests.Deployment("web", replicas: 3));
        var table = await TableAsync("/apis/apps/v1/namespaces/default/deployments?limit=500");
        Assert.Equal(
            ["Name", "Ready", "Up-to-date", "Available", "Age", "Containers", "Images", "Selector"],
            table.GetProperty("columnDefinitions").EnumerateArray().Select(column => column.GetProperty("name").GetString()));
        var row = table.GetProperty("rows")[0];
        Assert.Equal("web", row.GetProperty("cells")[0].GetString());
        Assert.Equal("0/3", row.GetProperty("cells")[1].GetString());
        Assert.Equal("nginx:1.25", row.GetProperty("cells")[6].GetString());
        Assert.Equal("app=web", row.GetProperty("cells")[7].GetString());
        Assert.Equal("PartialObjectMetadata", row.GetProperty("object").GetProperty("kind").GetString());
        Assert.Equal("default", row.GetProperty("object").GetProperty("metadata").GetProperty("namespace").GetString());
    }

    [Fact]
    public async Task Pods_show_ready_status_restarts_and_wide_columns_with_none_for_empty_cells()
    {
        await _gateway.SendAsync(HttpMethod.Post, "/api/v1/namespaces/default/pods", Manifests.Pod("solo"));
        var table = await TableAsync("/api/v1/pods");
        Assert.Equal(
            ["Name", "Ready", "Status", "Restarts", "Age", "IP", "Node", "Nominated Node", "Readiness Gates"],
            table.GetProperty("columnDefinitions").EnumerateArray().Select(column => column.GetProperty("name").GetString()));
        Assert.Equal(["solo", "0/1", "Pending", "0"], table.GetProperty("rows")[0].GetProperty("cells").EnumerateArray().Take(4).Select(cell => cell.ToString()));
        Assert.Equal("<none>", table.GetProperty("rows")[0].GetProperty("cells")[6].GetString());
    }

    [Fact]
    public async Task A_single_get_with_the_table_accept_is_a_one_row_table_and_includeObject_Object_carries_the_object()
    {
        await _gateway.SendAsync(HttpMethod.Post, "/api/v1/namespaces/default/configmaps", Manifests.ConfigMap("one", data: """{"a":"1","b":"2"}"""));
        var table = await TableAsync("/api/v1/namespaces/default/configmaps/one?includeObject=Object");
        var row = table.GetProperty("rows")[0];
        Assert.Equal(2, row.GetProperty("cells")[1].GetInt32());
        Assert.Equal("ConfigMap", row.GetProperty("object").GetProperty("kind").GetString());
    }

    [Theory]
    [InlineData(45, "45s")]
    [InlineData(130, "2m10s")]
    [InlineData(66 * 60, "66m")]
    [InlineData(8 * 3600, "8h")]
    [InlineData((2 * 24 + 7) * 3600, "2d7h")]
    [InlineData(10 * 24 * 3600, "10d")]
    public void Ages_read_like_kubectls(int seconds, string expected) =>
        Assert.Equal(expected, Tables.HumanDuration.Format(TimeSpan.FromSeconds(seconds)));

    private async Task<JsonElement> TableAsync(string path)
    {
        using var response = await _gateway.SendAsync(HttpMethod.Get, path, accept: TableAccept);
        var table = await StatusAssert.IsObjectAsync(response, HttpStatusCode.OK);
        Assert.Equal("Table", table.GetProperty("kind").GetString());
        Assert.Equal("meta.k8s.io/v1", table.GetProperty("apiVersion").GetString());
        return table;
    }
}
