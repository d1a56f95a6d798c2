using ActorOrchestrator.Api;
using ActorOrchestrator.ControlPlane.Tests.Fixtures;

namespace ActorOrchestrator.ControlPlane.Tests.ReadModel;

public sealed class ReadAfterWriteSpec : IAsyncLifetime
{
    private ReadModelHarness _harness = null!;

    public async Task InitializeAsync() => _harness = await ReadModelHarness.SqliteAsync();

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    [Fact]
    public Task A_read_that_waits_for_a_writes_resource_version_sees_that_write() =>
        ReadModelScenarios.ReadAfterWriteSeesTheWriteAsync(_harness);

    [Fact]
    public async Task Waiting_for_a_resource_version_the_journal_never_reaches_gives_up_after_the_timeout()
    {
        var projection = await _harness.StartProjectionAsync();
        var rv = await _harness.Writer.CreateAsync(TestObjects.ConfigMap("c"));

        Assert.False(await projection.View.WaitForResourceVersionAsync(rv + 1, TimeSpan.FromMilliseconds(200), CancellationToken.None));
        Assert.True(await projection.View.WaitForResourceVersionAsync(rv, ReadModelHarness.Patience, CancellationToken.None));
    }

    [Fact]
    public async Task Other_entities_events_are_skipped_but_a_wait_for_their_ordering_returns()
    {
        var projection = await _harness.StartProjectionAsync();
        var ordering = await _harness.Writer.WriteUnrelatedAsync();

        Assert.True(await projection.View.WaitForResourceVersionAsync(ordering, ReadModelHarness.Patience, CancellationToken.None));
        Assert.Equal(0, projection.View.TotalCount);
    }

    [Fact]
    public async Task Each_object_is_stamped_with_the_ordering_of_its_last_event_in_its_JSON()
    {
        var node = TestObjects.Node("worker-1");
        await _harness.Writer.CreateAsync(node);
        var last = await _harness.Writer.UpdateAsync(node with { Spec = node.Spec with { Unschedulable = true } });
        var projection = await _harness.StartProjectionAsync();

        var read = projection.View.Get(ResourceKinds.Node, null, "worker-1")!;

        Assert.Equal(last, read.ResourceVersion);
        Assert.Contains($"\"resourceVersion\":\"{last}\"", System.Text.Encoding.UTF8.GetString(read.Json.Span), StringComparison.Ordinal);
        Assert.Equal("true", read.Fields["spec.unschedulable"]);
        Assert.Equal(node.Metadata.Uid, read.Uid);
    }
}
