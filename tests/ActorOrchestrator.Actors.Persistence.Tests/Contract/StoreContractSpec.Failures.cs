using ActorOrchestrator.Actors.Persistence.Sql;
using ActorOrchestrator.Actors.Persistence.Tests.Fixtures;
using Microsoft.Extensions.Logging;

namespace ActorOrchestrator.Actors.Persistence.Tests.Contract;

public abstract partial class StoreContractSpec
{
    [Fact]
    public async Task Opening_an_unreachable_store_fails_with_a_clear_message_naming_the_target_and_no_password()
    {
        const string secret = "s3cr3t-pw";
        var (settings, target) = UnreachableStore(secret);
        using var log = new ListLoggerProvider();

        var failure = await Assert.ThrowsAsync<PersistenceUnavailableException>(() =>
            SqlPersistence.OpenAsync(settings, DataDirectory, TestRegistry.Create(), log, null, CancellationToken.None));

        Assert.Contains(target, failure.Message);
        Assert.Contains(target, failure.Target);
        Assert.DoesNotContain(secret, failure.Message);
        var warnings = log.Lines.Where(l => l.Level == LogLevel.Warning).ToList();
        Assert.All(warnings, w => Assert.Null(w.Exception));
        Assert.All(warnings, w => Assert.Contains(target, w.Message));
        Assert.All(warnings, w => Assert.DoesNotContain(secret, w.Message));
        if (RetriesUnreachableStore)
        {
            Assert.True(warnings.Count >= 2, $"expected retries with back-off, saw {warnings.Count} warning(s)");
        }
    }

    [Fact]
    public async Task The_schema_is_created_once_and_a_newer_schema_version_is_refused()
    {
        var first = await OpenAsync();
        await WriteAsync(first.Journal, "cart/a", 1, 1);
        await first.DisposeAsync();
        var again = await OpenAsync();
        Assert.Single(await ReplayAsync(again.Journal, "cart/a"));
        await again.DisposeAsync();

        await ExecuteRawAsync("INSERT INTO schema_version (version, description, applied_at) VALUES (99, 'from the future', 0)");

        var failure = await Assert.ThrowsAsync<PersistenceUnavailableException>(() => OpenAsync());
        Assert.Contains("schema version 99", failure.Message);
    }
}
