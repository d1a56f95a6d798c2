using ActorOrchestrator.Actors.TestKit;
using ActorOrchestrator.Api;
using ActorOrchestrator.Api.Core;
using ActorOrchestrator.ControlPlane.ReadModel;
using ActorOrchestrator.ControlPlane.Tests.Fixtures;
using Microsoft.Extensions.Logging;

namespace ActorOrchestrator.ControlPlane.Tests.ReadModel;

public sealed class CheckpointSpec : IAsyncLifetime
{
    private ReadModelHarness _harness = null!;

    public async Task InitializeAsync() => _harness = await ReadModelHarness.SqliteAsync();

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    [Fact]
    public async Task A_restart_from_the_checkpoint_replays_only_the_tail_and_ends_with_the_identical_view()
    {
        var pods = await WriteHistoryAsync(_harness, 120);
        var first = await _harness.StartProjectionAsync();
        await first.StopAsync(CancellationToken.None);
        Assert.True(File.Exists(first.CheckpointPath));

        await _harness.ReopenStoreAsync();
        await _harness.Writer.DeleteAsync(pods[0]);
        await _harness.Writer.UpdateStatusAsync(pods[1] with { Status = new PodStatus { Phase = "Failed" } });
        await _harness.Writer.WriteUnrelatedAsync();
        await _harness.Writer.CreateAsync(TestObjects.Node("late-node"));
        var restarted = await _harness.StartProjectionAsync();
        var rebuilt = await _harness.StartProjectionAsync(s => s with { CheckpointFile = "elsewhere/rebuilt.checkpoint" });

        Assert.Equal(4, restarted.ReplayedAtStart);
        Assert.True(rebuilt.ReplayedAtStart > 300);
        ViewAssert.Identical(rebuilt.View, restarted.View);
        Assert.Null(restarted.View.Get(ResourceKinds.Pod, "default", pods[0].Metadata.Name!));
        Assert.Contains(_harness.Logs.Lines, l => l.Message.Contains("loaded checkpoint", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_restarted_view_serves_watches_from_its_checkpoint_position_on()
    {
        await WriteHistoryAsync(_harness, 10);
        await (await _harness.StartProjectionAsync()).StopAsync(CancellationToken.None);
        await _harness.ReopenStoreAsync();
        var restarted = await _harness.StartProjectionAsync();
        var position = restarted.View.ResourceVersion;

        await using var watch = new WatchReader(restarted.View.Watch(new WatchRequest(ResourceKinds.ConfigMap) { ResourceVersion = position }));
        var created = await _harness.Writer.CreateAsync(TestObjects.ConfigMap("after-restart"));

        Assert.Equal(created, (await watch.NextAsync()).ResourceVersion);
        Assert.Throws<TooOldResourceVersionException>(() => restarted.View.Watch(new WatchRequest(ResourceKinds.ConfigMap) { ResourceVersion = position - 1 }));
    }

    [Fact]
    public async Task A_checkpoint_is_written_every_n_events_while_tailing()
    {
        var projection = await _harness.StartProjectionAsync(s => s with { CheckpointEveryEvents = 25 });
        long rv = 0;
        for (var i = 0; i < 60; i++)
        {
            rv = await _harness.Writer.CreateAsync(TestObjects.ConfigMap($"c{i}"));
        }
        await projection.View.WaitForResourceVersionAsync(rv, ReadModelHarness.Patience, CancellationToken.None);

        var checkpoint = await EventuallyReadAsync(projection.CheckpointPath, c => c.Position >= 25);

        Assert.Equal(checkpoint.Position, checkpoint.Objects.Max(o => o.ResourceVersion));
        Assert.Empty(Directory.GetFiles(_harness.DataDirectory, "*.tmp"));
    }

    [Fact]
    public async Task A_checkpoint_is_written_once_the_interval_passed_after_a_change()
    {
        var time = new ManualTimeProvider();
        var projection = await _harness.StartProjectionAsync(s => s with { CheckpointInterval = TimeSpan.FromSeconds(30) }, time);
        var rv = await _harness.Writer.CreateAsync(TestObjects.ConfigMap("c"));
        await projection.View.WaitForResourceVersionAsync(rv, ReadModelHarness.Patience, CancellationToken.None);
        Assert.False(File.Exists(projection.CheckpointPath));

        var deadline = DateTime.UtcNow + ReadModelHarness.Patience;
        while (!File.Exists(projection.CheckpointPath) && DateTime.UtcNow < deadline)
        {
            time.Advance(TimeSpan.FromSeconds(30));
            await Task.Delay(20);
        }

        Assert.Equal(rv, (await EventuallyReadAsync(projection.CheckpointPath, c => c.Position == rv)).Position);
    }

    [Theory]
    [InlineData("truncated")]
    [InlineData("flipped byte")]
    [InlineData("garbage")]
    [InlineData("empty")]
    public async Task A_corrupt_checkpoint_is_discarded_with_a_log_line_and_the_view_rebuilt_from_the_journal(string damage)
    {
        await WriteHistoryAsync(_harness, 30);
        var first = await _harness.StartProjectionAsync();
        await first.StopAsync(CancellationToken.None);
        var bytes = await File.ReadAllBytesAsync(first.CheckpointPath);
        await File.WriteAllBytesAsync(first.CheckpointPath, damage switch
        {
            "truncated" => bytes[..(bytes.Length / 2)],
            "flipped byte" => [.. bytes[..(bytes.Length / 3)], (byte)(bytes[bytes.Length / 3] ^ 0x20), .. bytes[(bytes.Length / 3 + 1)..]],
            "garbage" => [.. Enumerable.Range(0, 5000).Select(i => (byte)(i * 7919))],
            _ => [],
        });
        await _harness.ReopenStoreAsync();

        var restarted = await _harness.StartProjectionAsync();
        var rebuilt = await _harness.StartProjectionAsync(s => s with { CheckpointFile = "elsewhere/rebuilt.checkpoint" });

        Assert.Contains(_harness.Logs.Lines, l => l.Level == LogLevel.Warning
            && l.Message.StartsWith($"Read model checkpoint {first.CheckpointPath} is discarded and the view rebuilt from the journal: ", StringComparison.Ordinal));
        Assert.Equal(rebuilt.ReplayedAtStart, restarted.ReplayedAtStart);
        ViewAssert.Identical(rebuilt.View, restarted.View);
    }

    [Fact]
    public async Task A_checkpoint_of_another_journal_is_discarded()
    {
        await WriteHistoryAsync(_harness, 20);
        var first = await _harness.StartProjectionAsync();
        await first.StopAsync(CancellationToken.None);
        await using var other = await ReadModelHarness.SqliteAsync();
        await other.Writer.CreateAsync(TestObjects.ConfigMap("only-here"));
        File.Copy(first.CheckpointPath, Path.Combine(other.DataDirectory, ReadModelSettings.Default.CheckpointFile));

        var projection = await other.StartProjectionAsync();

        Assert.Contains(other.Logs.Lines, l => l.Message.Contains("the journal does not hold its last event", StringComparison.Ordinal));
        Assert.Equal(["only-here"], (await projection.View.ListAsync(new ListRequest(ResourceKinds.ConfigMap), CancellationToken.None)).Items.Select(i => i.Name));
        Assert.Equal(0, projection.View.Count(ResourceKinds.Pod));
    }

    /// <summary>Creates, updates and deletes objects of several kinds; returns the pods created.</summary>
    internal static async Task<List<Pod>> WriteHistoryAsync(ReadModelHarness harness, int count)
    {
        var pods = new List<Pod>();
        for (var i = 0; i < count; i++)
        {
            var pod = TestObjects.Pod($"web-{i:0000}", i % 3 == 0 ? "default" : "team-a", TestObjects.Labels($"app=web{i % 4}"), $"node-{i % 5}");
            pods.Add(pod);
            await harness.Writer.CreateAsync(pod);
            await harness.Writer.UpdateStatusAsync(pod with { Status = new PodStatus { Phase = "Running", PodIP = $"10.0.0.{i % 250}" } });
            var map = TestObjects.ConfigMap($"cm-{i:0000}", value: $"{i}");
            await harness.Writer.CreateAsync(map);
            if (i % 7 == 0)
            {
                await harness.Writer.DeleteAsync(map);
            }
            if (i % 10 == 0)
            {
                await harness.Writer.CreateAsync(TestObjects.Node($"node-{i}"));
                await harness.Writer.WriteUnrelatedAsync();
            }
        }
        pods.RemoveAll(p => p.Metadata.Namespace != "default");
        return pods;
    }

    private static async Task<CheckpointContent> EventuallyReadAsync(string path, Func<CheckpointContent, bool> accepted)
    {
        var deadline = DateTime.UtcNow + ReadModelHarness.Patience;
        while (true)
        {
            try
            {
                var content = ViewCheckpoint.Read(path);
                if (accepted(content))
                {
                    return content;
                }
            }
            catch (Exception exception) when (exception is IOException && DateTime.UtcNow < deadline)
            {
            }
            Assert.True(DateTime.UtcNow < deadline, $"no checkpoint as expected at {path} within {ReadModelHarness.Patience}");
            await Task.Delay(20);
        }
    }
}
