using System.Net;
using System.Text.Json;
using ActorOrchestrator.Gateway.Tests.Fixtures;

namespace ActorOrchestrator.Gateway.Tests;

public sealed class WatchSpec : IAsyncLifetime
{
    private const string ConfigMaps = "/api/v1/namespaces/default/configmaps";

    private GatewayHarness _gateway = null!;

    public async Task InitializeAsync() => _gateway = await GatewayHarness.StartAsync();

    public async Task DisposeAsync() => await _gateway.DisposeAsync();

    [Fact]
    public async Task Watch_from_a_list_resourceVersion_streams_each_later_change_as_a_json_line()
    {
        await _gateway.SendAsync(HttpMethod.Post, ConfigMaps, Manifests.ConfigMap("before"));
        var list = await StatusAssert.IsObjectAsync(await _gateway.Http.GetAsync(ConfigMaps), HttpStatusCode.OK);
        var listVersion = list.GetProperty("metadata").GetProperty("resourceVersion").GetString();

        await using var watch = await WatchStream.OpenAsync(_gateway.Http, $"{ConfigMaps}?watch=true&resourceVersion={listVersion}");
        await _gateway.SendAsync(HttpMethod.Post, ConfigMaps, Manifests.ConfigMap("after"));
        await _gateway.SendAsync(HttpMethod.Delete, $"{ConfigMaps}/after");

        var added = await watch.NextAsync();
        Assert.Equal("ADDED", added.GetProperty("type").GetString());
        Assert.Equal("ConfigMap", added.GetProperty("object").GetProperty("kind").GetString());
        Assert.Equal("after", added.GetProperty("object").GetProperty("metadata").GetProperty("name").GetString());
        Assert.Equal("DELETED", (await watch.NextAsync()).GetProperty("type").GetString());
    }

    [Fact]
    public async Task Watch_from_zero_first_replays_current_objects_as_ADDED()
    {
        await _gateway.SendAsync(HttpMethod.Post, ConfigMaps, Manifests.ConfigMap("existing"));
        await using var watch = await WatchStream.OpenAsync(_gateway.Http, $"{ConfigMaps}?watch=1&resourceVersion=0");
        var first = await watch.NextAsync();
        Assert.Equal("ADDED", first.GetProperty("type").GetString());
        Assert.Equal("existing", first.GetProperty("object").GetProperty("metadata").GetProperty("name").GetString());
    }

    [Fact]
    public async Task Watch_with_the_table_accept_sends_one_row_tables_with_columns_only_first()
    {
        await _gateway.SendAsync(HttpMethod.Post, ConfigMaps, Manifests.ConfigMap("t1"));
        await _gateway.SendAsync(HttpMethod.Post, ConfigMaps, Manifests.ConfigMap("t2"));
        await using var watch = await WatchStream.OpenAsync(
            _gateway.Http, $"{ConfigMaps}?watch=true", "application/json;as=Table;v=v1;g=meta.k8s.io,application/json");
        var first = (await watch.NextAsync()).GetProperty("object");
        var second = (await watch.NextAsync()).GetProperty("object");
        Assert.Equal("Table", first.GetProperty("kind").GetString());
        Assert.Equal(3, first.GetProperty("columnDefinitions").GetArrayLength());
        Assert.Equal(0, second.GetProperty("columnDefinitions").GetArrayLength());
        Assert.Equal("t2", second.GetProperty("rows")[0].GetProperty("cells")[0].GetString());
    }

    [Fact]
    public async Task Watch_from_a_resourceVersion_older_than_the_window_gets_one_410_ERROR_event_then_the_end()
    {
        await using var gateway = await GatewayHarness.StartAsync(readModel: settings => settings with { WatchWindow = 2 });
        for (var index = 0; index < 6; index++)
        {
            await gateway.SendAsync(HttpMethod.Post, ConfigMaps, Manifests.ConfigMap($"c{index}"));
        }

        await using var watch = await WatchStream.OpenAsync(gateway.Http, $"{ConfigMaps}?watch=true&resourceVersion=1");
        var error = await watch.NextAsync();
        Assert.Equal("ERROR", error.GetProperty("type").GetString());
        Assert.Equal(410, error.GetProperty("object").GetProperty("code").GetInt32());
        Assert.Equal("Expired", error.GetProperty("object").GetProperty("reason").GetString());
        Assert.True(await watch.EndedAsync());
    }

    [Fact]
    public async Task Watch_ends_at_timeoutSeconds()
    {
        await using var watch = await WatchStream.OpenAsync(_gateway.Http, $"{ConfigMaps}?watch=true&timeoutSeconds=1");
        Assert.True(await watch.EndedAsync());
    }

    [Fact]
    public async Task A_watch_that_allows_bookmarks_gets_one_with_kind_and_the_views_resourceVersion_when_idle()
    {
        await using var gateway = await GatewayHarness.StartAsync(readModel: settings => settings with { BookmarkInterval = TimeSpan.FromMilliseconds(300) });
        await using var watch = await WatchStream.OpenAsync(gateway.Http, $"{ConfigMaps}?watch=true&resourceVersion=1&allowWatchBookmarks=true");
        await gateway.SendAsync(HttpMethod.Post, "/apis/apps/v1/namespaces/default/deployments", Manifests.Deployment("elsewhere"));
        var bookmark = await watch.NextAsync();
        Assert.Equal("BOOKMARK", bookmark.GetProperty("type").GetString());
        Assert.Equal("ConfigMap", bookmark.GetProperty("object").GetProperty("kind").GetString());
        Assert.Equal("v1", bookmark.GetProperty("object").GetProperty("apiVersion").GetString());
        Assert.True(long.Parse(bookmark.GetProperty("object").GetProperty("metadata").GetProperty("resourceVersion").GetString()!) > 1);
    }
}
