using ActorOrchestrator.Api;
using ActorOrchestrator.Api.Core;
using ActorOrchestrator.Api.Selectors;
using ActorOrchestrator.ControlPlane.ReadModel;
using ActorOrchestrator.ControlPlane.Tests.Fixtures;

namespace ActorOrchestrator.ControlPlane.Tests.ReadModel;

public sealed class ListSpec : IAsyncLifetime
{
    private ReadModelHarness _harness = null!;

    public async Task InitializeAsync() => _harness = await ReadModelHarness.SqliteAsync();

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    [Fact]
    public async Task Label_selectors_select_by_equality_inequality_sets_and_existence()
    {
        var view = await ViewWithAsync(
            TestObjects.Pod("web-1", labels: TestObjects.Labels("app=web", "tier=frontend")),
            TestObjects.Pod("web-2", labels: TestObjects.Labels("app=web")),
            TestObjects.Pod("api-1", labels: TestObjects.Labels("app=api", "tier=backend")),
            TestObjects.Pod("db-1", labels: TestObjects.Labels("app=db")),
            TestObjects.Pod("bare"));

        Assert.Equal(["web-1", "web-2"], await NamesAsync(view, "app=web"));
        Assert.Equal(["api-1", "bare", "db-1"], await NamesAsync(view, "app!=web"));
        Assert.Equal(["api-1", "web-1", "web-2"], await NamesAsync(view, "app in (web,api)"));
        Assert.Equal(["bare", "db-1", "web-2"], await NamesAsync(view, "app notin (api),!tier"));
        Assert.Equal(["api-1", "web-1"], await NamesAsync(view, "tier"));
        Assert.Equal(["web-1"], await NamesAsync(view, "app=web,tier=frontend"));
        Assert.Empty(await NamesAsync(view, "app=nothing"));
    }

    [Fact]
    public async Task Field_selectors_select_by_node_phase_and_name()
    {
        var view = await ViewWithAsync(
            TestObjects.Pod("a", nodeName: "node-1", phase: "Running"),
            TestObjects.Pod("b", nodeName: "node-2", phase: "Running"),
            TestObjects.Pod("c", nodeName: "node-1", phase: "Pending"),
            TestObjects.Pod("d"),
            TestObjects.Pod("a", "other", nodeName: "node-1"));

        Assert.Equal(["a", "c", "a"], await NamesAsync(view, fields: "spec.nodeName=node-1", inNamespace: null));
        Assert.Equal(["a", "c"], await NamesAsync(view, fields: "spec.nodeName=node-1"));
        Assert.Equal(["d"], await NamesAsync(view, fields: "spec.nodeName="));
        Assert.Equal(["a", "b"], await NamesAsync(view, fields: "status.phase=Running"));
        Assert.Equal(["c"], await NamesAsync(view, fields: "spec.nodeName==node-1,status.phase!=Running"));
        Assert.Equal(["b"], await NamesAsync(view, fields: "metadata.name=b"));
        Assert.Equal(["a"], await NamesAsync(view, fields: "metadata.namespace=other", inNamespace: null));
    }

    [Fact]
    public async Task A_list_in_a_namespace_sees_only_it_and_items_come_in_namespace_then_name_order()
    {
        var view = await ViewWithAsync(
            TestObjects.ConfigMap("b", "team-b"), TestObjects.ConfigMap("z", "team-a"), TestObjects.ConfigMap("a", "team-b"),
            TestObjects.ConfigMap("m", "team-a"), TestObjects.Pod("m", "team-a"));

        var all = await view.ListAsync(new ListRequest(ResourceKinds.ConfigMap), CancellationToken.None);
        var teamA = await view.ListAsync(new ListRequest(ResourceKinds.ConfigMap) { Namespace = "team-a" }, CancellationToken.None);

        Assert.Equal(["team-a/m", "team-a/z", "team-b/a", "team-b/b"], all.Items.Select(i => $"{i.Namespace}/{i.Name}"));
        Assert.Equal(["m", "z"], teamA.Items.Select(i => i.Name));
        Assert.Equal(view.ResourceVersion, all.ResourceVersion);
        Assert.Null(all.Continue);
    }

    [Fact]
    public async Task A_cluster_scoped_kind_is_listed_whatever_namespace_is_asked()
    {
        var view = await ViewWithAsync(TestObjects.Node("worker-2"), TestObjects.Node("worker-1"));

        var nodes = await view.ListAsync(new ListRequest(ResourceKinds.Node) { Namespace = "default" }, CancellationToken.None);

        var byName = await view.ListAsync(
            new ListRequest(ResourceKinds.Node) { FieldSelector = FieldMatcher.Parse("metadata.name=worker-2", ResourceKinds.Node) }, CancellationToken.None);

        Assert.Equal(["worker-1", "worker-2"], nodes.Items.Select(i => i.Name));
        Assert.Equal("", nodes.Items[0].Namespace);
        Assert.Equal(["worker-2"], byName.Items.Select(i => i.Name));
    }

    [Fact]
    public async Task Paging_across_concurrent_writes_returns_the_list_as_of_its_first_page()
    {
        var pods = Enumerable.Range(0, 10).Select(i => TestObjects.Pod($"p{i:00}", labels: TestObjects.Labels("app=web"))).ToArray();
        var projection = await _harness.StartProjectionAsync();
        var view = projection.View;
        var versions = new Dictionary<string, long>();
        foreach (var pod in pods)
        {
            versions[pod.Metadata.Name!] = await _harness.Writer.CreateAsync(pod);
        }
        Assert.True(await view.WaitForResourceVersionAsync(versions.Values.Max(), ReadModelHarness.Patience, CancellationToken.None));

        var first = await view.ListAsync(new ListRequest(ResourceKinds.Pod) { Namespace = "default", Limit = 4 }, CancellationToken.None);
        var created = await _harness.Writer.CreateAsync(TestObjects.Pod("p045"));
        await _harness.Writer.DeleteAsync(pods[5]);
        await _harness.Writer.UpdateStatusAsync(pods[6] with { Status = new PodStatus { Phase = "Running" } });
        var last = await _harness.Writer.CreateAsync(TestObjects.Pod("p99"));
        Assert.True(await view.WaitForResourceVersionAsync(last, ReadModelHarness.Patience, CancellationToken.None));
        var second = await view.ListAsync(new ListRequest(ResourceKinds.Pod) { Namespace = "default", Limit = 4, Continue = first.Continue }, CancellationToken.None);
        var third = await view.ListAsync(new ListRequest(ResourceKinds.Pod) { Namespace = "default", Limit = 4, Continue = second.Continue }, CancellationToken.None);

        Assert.Equal(["p00", "p01", "p02", "p03"], first.Items.Select(i => i.Name));
        Assert.Equal(["p04", "p05", "p06", "p07"], second.Items.Select(i => i.Name));
        Assert.Equal(["p08", "p09"], third.Items.Select(i => i.Name));
        Assert.Null(third.Continue);
        Assert.All([second, third], page => Assert.Equal(first.ResourceVersion, page.ResourceVersion));
        Assert.Equal(versions["p06"], second.Items[2].ResourceVersion);
        Assert.Equal("Pending", second.Items[2].ToObject<Pod>().Status!.Phase);

        var now = await view.ListAsync(new ListRequest(ResourceKinds.Pod) { Namespace = "default" }, CancellationToken.None);
        Assert.Equal(["p00", "p01", "p02", "p03", "p04", "p045", "p06", "p07", "p08", "p09", "p99"], now.Items.Select(i => i.Name));
        Assert.Equal(created, now.Items[5].ResourceVersion);
        Assert.Equal("Running", now.Items[6].ToObject<Pod>().Status!.Phase);
    }

    [Fact]
    public async Task A_selected_paged_list_stays_consistent_while_objects_enter_and_leave_the_selection()
    {
        var projection = await _harness.StartProjectionAsync();
        var pods = Enumerable.Range(0, 6).Select(i => TestObjects.Pod($"p{i}", labels: TestObjects.Labels("app=web"))).ToArray();
        long rv = 0;
        foreach (var pod in pods)
        {
            rv = await _harness.Writer.CreateAsync(pod);
        }
        await projection.View.WaitForResourceVersionAsync(rv, ReadModelHarness.Patience, CancellationToken.None);
        var request = new ListRequest(ResourceKinds.Pod) { LabelSelector = LabelMatcher.Parse("app=web"), Limit = 2 };

        var first = await projection.View.ListAsync(request, CancellationToken.None);
        await _harness.Writer.UpdateAsync(pods[3] with { Metadata = pods[3].Metadata with { Labels = TestObjects.Labels("app=other") } });
        rv = await _harness.Writer.CreateAsync(TestObjects.Pod("p25", labels: TestObjects.Labels("app=web")));
        await projection.View.WaitForResourceVersionAsync(rv, ReadModelHarness.Patience, CancellationToken.None);
        var second = await projection.View.ListAsync(request with { Continue = first.Continue }, CancellationToken.None);
        var third = await projection.View.ListAsync(request with { Continue = second.Continue }, CancellationToken.None);

        Assert.Equal(["p0", "p1", "p2", "p3", "p4", "p5"], first.Items.Concat(second.Items).Concat(third.Items).Select(i => i.Name));
        Assert.Null(first.RemainingItemCount);
    }

    [Fact]
    public async Task A_paged_list_narrowed_by_an_index_stays_consistent_across_deletes_and_relabels()
    {
        var projection = await _harness.StartProjectionAsync();
        var pods = Enumerable.Range(0, 40).Select(i => TestObjects.Pod($"p{i:00}", labels: TestObjects.Labels(i % 10 == 0 ? "app=web" : "app=other"))).ToArray();
        long rv = 0;
        foreach (var pod in pods)
        {
            rv = await _harness.Writer.CreateAsync(pod);
        }
        await projection.View.WaitForResourceVersionAsync(rv, ReadModelHarness.Patience, CancellationToken.None);
        var request = new ListRequest(ResourceKinds.Pod) { LabelSelector = LabelMatcher.Parse("app=web"), Limit = 2 };

        var first = await projection.View.ListAsync(request, CancellationToken.None);
        await _harness.Writer.DeleteAsync(pods[20]);
        await _harness.Writer.UpdateAsync(pods[30] with { Metadata = pods[30].Metadata with { Labels = TestObjects.Labels("app=other") } });
        rv = await _harness.Writer.UpdateAsync(pods[5] with { Metadata = pods[5].Metadata with { Labels = TestObjects.Labels("app=web") } });
        await projection.View.WaitForResourceVersionAsync(rv, ReadModelHarness.Patience, CancellationToken.None);
        var second = await projection.View.ListAsync(request with { Continue = first.Continue }, CancellationToken.None);
        var now = await projection.View.ListAsync(request with { Limit = null }, CancellationToken.None);

        Assert.Equal(["p00", "p10"], first.Items.Select(i => i.Name));
        Assert.Equal(["p20", "p30"], second.Items.Select(i => i.Name));
        Assert.Null(second.Continue);
        Assert.Equal(["p00", "p05", "p10"], now.Items.Select(i => i.Name));
    }

    [Fact]
    public async Task A_paged_list_without_selectors_tells_how_many_items_remain()
    {
        var view = await ViewWithAsync(Enumerable.Range(0, 7).Select(i => TestObjects.ConfigMap($"c{i}")).ToArray());

        var first = await view.ListAsync(new ListRequest(ResourceKinds.ConfigMap) { Limit = 3 }, CancellationToken.None);
        var last = await view.ListAsync(new ListRequest(ResourceKinds.ConfigMap) { Limit = 4, Continue = first.Continue }, CancellationToken.None);

        Assert.Equal(4, first.RemainingItemCount);
        Assert.NotNull(first.Continue);
        Assert.Null(last.Continue);
        Assert.Null(last.RemainingItemCount);
    }

    [Fact]
    public async Task A_continue_token_whose_list_left_the_window_expires_and_offers_a_token_to_carry_on()
    {
        var projection = await _harness.StartProjectionAsync(s => s with { WatchWindow = 3 });
        var maps = Enumerable.Range(0, 6).Select(i => TestObjects.ConfigMap($"c{i}")).ToArray();
        long rv = 0;
        foreach (var map in maps)
        {
            rv = await _harness.Writer.CreateAsync(map);
        }
        await projection.View.WaitForResourceVersionAsync(rv, ReadModelHarness.Patience, CancellationToken.None);
        var first = await projection.View.ListAsync(new ListRequest(ResourceKinds.ConfigMap) { Limit = 2 }, CancellationToken.None);
        for (var i = 0; i < 4; i++)
        {
            rv = await _harness.Writer.UpdateAsync(maps[5] with { Data = new Dictionary<string, string> { ["key"] = $"v{i}" } });
        }
        await projection.View.WaitForResourceVersionAsync(rv, ReadModelHarness.Patience, CancellationToken.None);

        var expired = await Assert.ThrowsAsync<ExpiredContinueException>(() =>
            projection.View.ListAsync(new ListRequest(ResourceKinds.ConfigMap) { Limit = 2, Continue = first.Continue }, CancellationToken.None));
        var carriedOn = await projection.View.ListAsync(
            new ListRequest(ResourceKinds.ConfigMap) { Continue = expired.InconsistentContinue }, CancellationToken.None);

        Assert.StartsWith("The provided continue parameter is too old to display a consistent list result.", expired.Message, StringComparison.Ordinal);
        Assert.Equal(["c2", "c3", "c4", "c5"], carriedOn.Items.Select(i => i.Name));
        Assert.Equal(rv, carriedOn.ResourceVersion);
    }

    [Theory]
    [InlineData("not-a-token")]
    [InlineData("eyJ2IjoyfQ")]
    public async Task A_continue_token_this_server_did_not_write_is_refused(string token)
    {
        var view = await ViewWithAsync(TestObjects.ConfigMap("c"));

        var error = await Assert.ThrowsAsync<InvalidContinueException>(() =>
            view.ListAsync(new ListRequest(ResourceKinds.ConfigMap) { Continue = token }, CancellationToken.None));

        Assert.StartsWith("continue key is not valid", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_exact_list_shows_the_state_at_that_resource_version_until_it_leaves_the_window()
    {
        var projection = await _harness.StartProjectionAsync(s => s with { WatchWindow = 4 });
        var map = TestObjects.ConfigMap("c", value: "one");
        var createdAt = await _harness.Writer.CreateAsync(map);
        var secondAt = await _harness.Writer.CreateAsync(TestObjects.ConfigMap("d"));
        var updatedAt = await _harness.Writer.UpdateAsync(map with { Data = new Dictionary<string, string> { ["key"] = "two" } });
        await projection.View.WaitForResourceVersionAsync(updatedAt, ReadModelHarness.Patience, CancellationToken.None);

        var atCreation = await projection.View.ListAsync(
            new ListRequest(ResourceKinds.ConfigMap) { ResourceVersion = createdAt, ResourceVersionMatch = ResourceVersionMatch.Exact }, CancellationToken.None);
        Assert.Equal(createdAt, atCreation.ResourceVersion);
        Assert.Equal(["c"], atCreation.Items.Select(i => i.Name));
        Assert.Equal("one", atCreation.Items[0].ToObject<ConfigMap>().Data!["key"]);

        long rv = 0;
        for (var i = 0; i < 4; i++)
        {
            rv = await _harness.Writer.UpdateAsync(map with { Data = new Dictionary<string, string> { ["key"] = $"v{i}" } });
        }
        await projection.View.WaitForResourceVersionAsync(rv, ReadModelHarness.Patience, CancellationToken.None);
        var tooOld = await Assert.ThrowsAsync<TooOldResourceVersionException>(() => projection.View.ListAsync(
            new ListRequest(ResourceKinds.ConfigMap) { ResourceVersion = secondAt, ResourceVersionMatch = ResourceVersionMatch.Exact }, CancellationToken.None));
        Assert.Equal($"too old resource version: {secondAt} ({updatedAt})", tooOld.Message);
    }

    [Fact]
    public async Task A_list_at_a_resource_version_the_view_does_not_reach_in_time_is_too_large()
    {
        var projection = await _harness.StartProjectionAsync(s => s with { ResourceVersionWaitTimeout = TimeSpan.FromMilliseconds(200) });
        var rv = await _harness.Writer.CreateAsync(TestObjects.ConfigMap("c"));
        await projection.View.WaitForResourceVersionAsync(rv, ReadModelHarness.Patience, CancellationToken.None);

        var error = await Assert.ThrowsAsync<ResourceVersionTooLargeException>(() =>
            projection.View.ListAsync(new ListRequest(ResourceKinds.ConfigMap) { ResourceVersion = rv + 1000 }, CancellationToken.None));

        Assert.Equal($"Too large resource version: {rv + 1000}, current: {rv}", error.Message);
    }

    private async Task<ResourceView> ViewWithAsync(params Api.Meta.IKubernetesObject[] objects)
    {
        long rv = 0;
        foreach (var resource in objects)
        {
            rv = await _harness.Writer.CreateAsync(resource);
        }
        var projection = await _harness.StartProjectionAsync();
        Assert.Equal(rv, projection.View.ResourceVersion);
        return projection.View;
    }

    private static async Task<string[]> NamesAsync(ResourceView view, string? labels = null, string? fields = null, string? inNamespace = "default")
    {
        var result = await view.ListAsync(
            new ListRequest(ResourceKinds.Pod)
            {
                Namespace = inNamespace,
                LabelSelector = LabelMatcher.Parse(labels),
                FieldSelector = FieldMatcher.Parse(fields, ResourceKinds.Pod),
            },
            CancellationToken.None);
        return [.. result.Items.Select(i => i.Name)];
    }
}
