using ActorOrchestrator.Actors.Persistence.Tests.Fixtures;
using ActorOrchestrator.ControlPlane.Tests.Fixtures;

namespace ActorOrchestrator.ControlPlane.Tests.ReadModel;

/// <summary>The read model on PostgreSQL, where concurrent transactions commit out of ordering order.</summary>
public sealed class PostgresReadModelSpec(PostgresDatabaseFixture database) : IClassFixture<PostgresDatabaseFixture>, IAsyncLifetime
{
    private ReadModelHarness _harness = null!;

    public async Task InitializeAsync() => _harness = await ReadModelHarness.PostgresAsync(database.ConnectionString);

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    [Fact]
    public Task Watch_from_a_lists_resource_version_loses_nothing_while_concurrent_transactions_commit() =>
        ReadModelScenarios.ListThenWatchLosesNothingAsync(_harness, writers: 8, objectsPerWriter: 20);

    [Fact]
    public Task A_read_that_waits_for_a_writes_resource_version_sees_that_write() =>
        ReadModelScenarios.ReadAfterWriteSeesTheWriteAsync(_harness, writes: 20);

    [Fact]
    public async Task A_restart_from_the_checkpoint_ends_with_the_identical_view()
    {
        await CheckpointSpec.WriteHistoryAsync(_harness, 20);
        await (await _harness.StartProjectionAsync()).StopAsync(CancellationToken.None);
        await _harness.Writer.CreateAsync(TestObjects.ConfigMap("tail"));

        var restarted = await _harness.StartProjectionAsync();
        var rebuilt = await _harness.StartProjectionAsync(s => s with { CheckpointFile = "elsewhere/rebuilt.checkpoint" });

        Assert.Equal(1, restarted.ReplayedAtStart);
        ViewAssert.Identical(rebuilt.View, restarted.View);
    }
}
