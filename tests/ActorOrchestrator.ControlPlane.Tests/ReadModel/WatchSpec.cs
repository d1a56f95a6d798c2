using ActorOrchestrator.Actors.TestKit;
using ActorOrchestrator.Api;
using ActorOrchestrator.Api.Core;
using ActorOrchestrator.Api.Selectors;
using ActorOrchestrator.ControlPlane.ReadModel;
using ActorOrchestrator.ControlPlane.Tests.Fixtures;

namespace ActorOrchestrator.ControlPlane.Tests.ReadModel;

public sealed class WatchSpec : IAsyncLifetime
{
    private ReadModelHarness _harness = null!;

    public async Task InitializeAsync() => _harness = await ReadModelHarness.SqliteAsync();

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    [Fact]
    public Task Watch_from_a_lists_resource_version_loses_nothing_while_writes_continue() =>
        ReadModelScenarios.ListThenWatchLosesNothingAsync(_harness);

    [Fact]
    public async Task Watch_without_a_resource_version_starts_with_every_selected_object_as_ADDED()
    {
        await _harness.Writer.CreateAsync(TestObjects.Pod("b", labels: TestObjects.Labels("app=web")));
        await _harness.Writer.CreateAsync(TestObjects.Pod("a", labels: TestObjects.Labels("app=web")));
        await _harness.Writer.CreateAsync(TestObjects.Pod("c", labels: TestObjects.Labels("app=db")));
        var projection = await _harness.StartProjectionAsync();

        await using var watch = new WatchReader(projection.View.Watch(new WatchRequest(ResourceKinds.Pod) { LabelSelector = LabelMatcher.Parse("app=web") }));
        var initial = await watch.TakeAsync(2);
        var created = await _harness.Writer.CreateAsync(TestObjects.Pod("d", labels: TestObjects.Labels("app=web")));
        var next = await watch.NextAsync();

        Assert.Equal([(WatchEventType.Added, "a"), (WatchEventType.Added, "b")], initial.Select(e => (e.Type, e.Object!.Name)));
        Assert.Equal((WatchEventType.Added, "d", created), (next.Type, next.Object!.Name, next.ResourceVersion));
    }

    [Fact]
    public async Task Updates_are_MODIFIED_and_a_graceful_deletion_is_MODIFIED_then_DELETED_with_the_last_state()
    {
        var projection = await _harness.StartProjectionAsync();
        await using var watch = new WatchReader(projection.View.Watch(new WatchRequest(ResourceKinds.Pod) { Namespace = "default", ResourceVersion = projection.View.ResourceVersion }));
        var pod = TestObjects.Pod("web-1", nodeName: "node-1");
        var deleting = pod with { Metadata = pod.Metadata with { DeletionTimestamp = DateTimeOffset.Parse("2026-11-22T12:05:00Z"), DeletionGracePeriodSeconds = 30 } };

        var created = await _harness.Writer.CreateAsync(pod);
        var running = await _harness.Writer.UpdateStatusAsync(pod with { Status = new PodStatus { Phase = "Running" } });
        var requested = await _harness.Writer.RequestDeletionAsync(deleting);
        var deleted = await _harness.Writer.DeleteAsync(deleting with { Status = new PodStatus { Phase = "Succeeded" } });
        var events = await watch.TakeAsync(4);

        Assert.Equal(
            [(WatchEventType.Added, created), (WatchEventType.Modified, running), (WatchEventType.Modified, requested), (WatchEventType.Deleted, deleted)],
            events.Select(e => (e.Type, e.ResourceVersion)));
        Assert.NotNull(events[2].Object!.ToObject<Pod>().Metadata.DeletionTimestamp);
        var last = events[3].Object!.ToObject<Pod>();
        Assert.Equal($"{deleted}", last.Metadata.ResourceVersion);
        Assert.Equal("Succeeded", last.Status!.Phase);
        Assert.Null(projection.View.Get(ResourceKinds.Pod, "default", "web-1"));
    }

    [Fact]
    public async Task An_object_leaving_the_label_selection_is_DELETED_for_that_watcher_and_ADDED_when_it_returns()
    {
        var projection = await _harness.StartProjectionAsync();
        var pod = TestObjects.Pod("web-1", labels: TestObjects.Labels("app=web"));
        await _harness.Writer.CreateAsync(pod);
        await using var selected = new WatchReader(projection.View.Watch(new WatchRequest(ResourceKinds.Pod) { LabelSelector = LabelMatcher.Parse("app=web") }));
        await using var everything = new WatchReader(projection.View.Watch(new WatchRequest(ResourceKinds.Pod)));
        await selected.NextAsync();
        await everything.NextAsync();

        var relabelled = await _harness.Writer.UpdateAsync(pod with { Metadata = pod.Metadata with { Labels = TestObjects.Labels("app=canary") } });
        var back = await _harness.Writer.UpdateAsync(pod with { Metadata = pod.Metadata with { Labels = TestObjects.Labels("app=web", "track=stable") } });
        var left = await selected.NextAsync();
        var returned = await selected.NextAsync();
        var seenByAll = await everything.TakeAsync(2);

        Assert.Equal((WatchEventType.Deleted, relabelled), (left.Type, left.ResourceVersion));
        Assert.Equal("web", left.Object!.Labels["app"]);
        Assert.Equal($"{relabelled}", left.Object.ToObject().Metadata.ResourceVersion);
        Assert.Equal((WatchEventType.Added, back), (returned.Type, returned.ResourceVersion));
        Assert.Equal([WatchEventType.Modified, WatchEventType.Modified], seenByAll.Select(e => e.Type));
    }

    [Fact]
    public async Task An_object_leaving_a_field_selection_is_DELETED_for_that_watcher()
    {
        var projection = await _harness.StartProjectionAsync();
        var pod = TestObjects.Pod("web-1", nodeName: "node-1");
        await using var pending = new WatchReader(projection.View.Watch(
            new WatchRequest(ResourceKinds.Pod) { FieldSelector = FieldMatcher.Parse("status.phase=Pending,spec.nodeName=node-1", ResourceKinds.Pod), ResourceVersion = projection.View.ResourceVersion }));

        var created = await _harness.Writer.CreateAsync(pod);
        var running = await _harness.Writer.UpdateStatusAsync(pod with { Status = new PodStatus { Phase = "Running" } });
        var events = await pending.TakeAsync(2);

        Assert.Equal([(WatchEventType.Added, created), (WatchEventType.Deleted, running)], events.Select(e => (e.Type, e.ResourceVersion)));
        Assert.Equal("Pending", events[1].Object!.Fields["status.phase"]);
    }

    [Fact]
    public async Task A_watch_of_one_namespace_and_kind_ignores_the_others_and_other_entities_events()
    {
        var projection = await _harness.StartProjectionAsync();
        await using var watch = new WatchReader(projection.View.Watch(
            new WatchRequest(ResourceKinds.ConfigMap) { Namespace = "team-a", ResourceVersion = projection.View.ResourceVersion }));

        await _harness.Writer.CreateAsync(TestObjects.ConfigMap("settings", "team-b"));
        await _harness.Writer.CreateAsync(TestObjects.Pod("settings", "team-a"));
        var unrelated = await _harness.Writer.WriteUnrelatedAsync();
        var mine = await _harness.Writer.CreateAsync(TestObjects.ConfigMap("settings", "team-a"));
        var first = await watch.NextAsync();

        Assert.Equal((WatchEventType.Added, mine, "team-a"), (first.Type, first.ResourceVersion, first.Object!.Namespace));
        Assert.True(await projection.View.WaitForResourceVersionAsync(unrelated, ReadModelHarness.Patience, CancellationToken.None));
    }

    [Fact]
    public async Task A_watch_from_before_the_window_is_too_old_with_kubernetes_message()
    {
        var projection = await _harness.StartProjectionAsync(s => s with { WatchWindow = 5 });
        var orderings = new List<long>();
        for (var i = 0; i < 8; i++)
        {
            orderings.Add(await _harness.Writer.CreateAsync(TestObjects.ConfigMap($"c{i}")));
        }
        await projection.View.WaitForResourceVersionAsync(orderings[^1], ReadModelHarness.Patience, CancellationToken.None);

        var error = Assert.Throws<TooOldResourceVersionException>(() =>
            projection.View.Watch(new WatchRequest(ResourceKinds.ConfigMap) { ResourceVersion = orderings[1] }));
        await using var oldestPossible = new WatchReader(projection.View.Watch(new WatchRequest(ResourceKinds.ConfigMap) { ResourceVersion = orderings[2] }));
        var replayed = await oldestPossible.TakeAsync(5);

        Assert.Equal($"too old resource version: {orderings[1]} ({orderings[2]})", error.Message);
        Assert.Equal(orderings[3..], replayed.Select(e => e.ResourceVersion));
    }

    [Fact]
    public async Task A_watcher_that_falls_behind_the_window_gets_too_old_instead_of_missing_changes()
    {
        var projection = await _harness.StartProjectionAsync(s => s with { WatchWindow = 5 });
        var stream = projection.View.Watch(new WatchRequest(ResourceKinds.ConfigMap) { ResourceVersion = projection.View.ResourceVersion });
        long rv = 0;
        for (var i = 0; i < 8; i++)
        {
            rv = await _harness.Writer.CreateAsync(TestObjects.ConfigMap($"c{i}"));
        }
        await projection.View.WaitForResourceVersionAsync(rv, ReadModelHarness.Patience, CancellationToken.None);

        await using var late = new WatchReader(stream);
        var error = await Assert.ThrowsAsync<TooOldResourceVersionException>(late.NextAsync);

        Assert.StartsWith("too old resource version: ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bookmarks_come_when_allowed_and_the_view_moved_on_without_an_event_for_the_watcher()
    {
        var time = new ManualTimeProvider();
        var projection = await _harness.StartProjectionAsync(s => s with { BookmarkInterval = TimeSpan.FromSeconds(10) }, time);
        var start = projection.View.ResourceVersion;
        await using var withBookmarks = new WatchReader(projection.View.Watch(
            new WatchRequest(ResourceKinds.Pod) { Namespace = "default", ResourceVersion = start, AllowBookmarks = true }));
        await using var without = new WatchReader(projection.View.Watch(
            new WatchRequest(ResourceKinds.Pod) { Namespace = "default", ResourceVersion = start }));

        var elsewhere = await _harness.Writer.CreateAsync(TestObjects.Pod("web-1", "other"));
        await projection.View.WaitForResourceVersionAsync(elsewhere, ReadModelHarness.Patience, CancellationToken.None);
        var bookmark = await NextWhileAdvancingAsync(withBookmarks, time, TimeSpan.FromSeconds(10));
        for (var i = 0; i < 5; i++)
        {
            time.Advance(TimeSpan.FromSeconds(10));
        }
        var mine = await _harness.Writer.CreateAsync(TestObjects.Pod("web-1"));
        var first = await without.NextAsync();
        var afterBookmark = await withBookmarks.NextAsync();

        Assert.Equal((WatchEventType.Bookmark, elsewhere, null), (bookmark.Type, bookmark.ResourceVersion, bookmark.Object));
        Assert.Equal((WatchEventType.Added, mine), (first.Type, first.ResourceVersion));
        Assert.Equal((WatchEventType.Added, mine), (afterBookmark.Type, afterBookmark.ResourceVersion));
    }

    [Fact]
    public async Task Watches_end_when_the_projection_stops()
    {
        var projection = await _harness.StartProjectionAsync();
        await using var watch = new WatchReader(projection.View.Watch(new WatchRequest(ResourceKinds.Pod)));

        await projection.StopAsync(CancellationToken.None);

        await watch.Completion.WaitAsync(ReadModelHarness.Patience);
    }

    /// <summary>Advances virtual time by <paramref name="step"/> until the watcher yields (it may arm its timer after an advance).</summary>
    private static async Task<WatchEvent> NextWhileAdvancingAsync(WatchReader reader, ManualTimeProvider time, TimeSpan step)
    {
        var next = reader.NextAsync();
        var deadline = DateTime.UtcNow + ReadModelHarness.Patience;
        while (!next.IsCompleted && DateTime.UtcNow < deadline)
        {
            time.Advance(step);
            await Task.WhenAny(next, Task.Delay(20));
        }
        return await next;
    }
}
