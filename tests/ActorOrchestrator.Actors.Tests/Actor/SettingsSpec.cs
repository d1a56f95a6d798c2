namespace ActorOrchestrator.Actors.Tests.Actor;

public sealed class SettingsSpec
{
    [Fact]
    public void Defaults_match_reference_conf()
    {
        var defaults = ActorSystemSettings.Default;
        Assert.Equal(30, defaults.Throughput);
        Assert.Equal(0, defaults.DefaultMailboxCapacity);
        Assert.Equal(Timeout.InfiniteTimeSpan, defaults.AskTimeout);
        Assert.Equal(-1, defaults.StashCapacity);
        Assert.Equal(10, defaults.DeadLetterLogLimit);
        Assert.Equal(TimeSpan.FromSeconds(10), defaults.DeadLetterSummaryInterval);
        Assert.Equal(TimeSpan.FromSeconds(5), defaults.DefaultShutdownPhaseTimeout);
        Assert.True(defaults.RunCoordinatedShutdownOnTerminate);
        Assert.True(defaults.RunCoordinatedShutdownOnProcessExit);
        var conf = File.ReadAllText(Path.Combine(RepositoryRoot(), "hocon", "reference.conf"));
        foreach (var line in new[]
        {
            "throughput = 30", "default-mailbox-capacity = 0", "ask-timeout = infinite", "stash-capacity = -1", "log-limit = 10",
            "summary-interval = 10s", "default-phase-timeout = 5s", "cluster-sharding-shutdown-region.timeout = 10s",
            "cluster-exiting.timeout = 10s", "actor-system-terminate.timeout = 10s",
        })
        {
            Assert.Contains(line, conf, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Invalid_settings_are_rejected_naming_the_key()
    {
        var error = Assert.Throws<ArgumentException>(() => ActorSystem.Create("bad", ActorSystemSettings.Default with { Throughput = 0 }));
        Assert.Contains("ao.actors.throughput", error.Message, StringComparison.Ordinal);
        error = Assert.Throws<ArgumentException>(() => (ActorSystemSettings.Default with
        {
            ShutdownPhaseTimeouts = ActorSystemSettings.Default.ShutdownPhaseTimeouts.SetItem("no-such-phase", TimeSpan.FromSeconds(1)),
        }).Validate());
        Assert.Contains("ao.actors.coordinated-shutdown.phases.no-such-phase", error.Message, StringComparison.Ordinal);
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "hocon", "reference.conf")))
        {
            directory = directory.Parent;
        }
        return directory?.FullName ?? throw new InvalidOperationException("repository root with hocon/reference.conf not found");
    }
}
