using ActorOrchestrator.Actors.Persistence.Sql;
using ActorOrchestrator.Actors.Persistence.Sql.Settings;
using ActorOrchestrator.Actors.Persistence.Tests.Fixtures;
using ActorOrchestrator.Actors.TestKit;
using Xunit.Abstractions;

namespace ActorOrchestrator.Actors.Persistence.Tests.PersistentActors;

/// <summary>
/// Persistent actors against a real store: one actor system and one freshly opened store per test, with
/// <see cref="PersistenceExtension"/> started on the system. Subclasses pick SQLite or PostgreSQL.
/// </summary>
public abstract partial class PersistentActorSpec(ITestOutputHelper output) : TestKit.TestKit(output), IAsyncLifetime
{
    protected static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    private IPersistenceStore? _store;

    protected IPersistenceStore Store => _store!;

    protected virtual PersistentActorSettings ActorSettings => PersistentActorSettings.Default with { SnapshotRetention = 2, MaxConcurrentRecoveries = MaxConcurrentRecoveriesInTest };

    protected abstract string DataDirectory { get; }

    public async Task InitializeAsync()
    {
        _store = await SqlPersistence.OpenAsync(StoreSettings(), DataDirectory, TestRegistry.Create(), Sys.LoggerFactory, null, CancellationToken.None);
        PersistenceExtension.Start(Sys, _store, ActorSettings);
    }

    public async Task DisposeAsync()
    {
        await Sys.Terminate();
        if (_store is not null)
        {
            await _store.DisposeAsync();
        }
        await DisposeStoreAccessAsync();
    }

    protected abstract SqlPersistenceSettings StoreSettings();

    /// <summary>Runs SQL on the store's database (this test's file or schema).</summary>
    protected abstract Task ExecuteRawAsync(string sql);

    /// <summary>The database stops answering: every write and read fails until <see cref="RestoreStoreAsync"/>.</summary>
    protected abstract Task CutStoreAsync();

    protected abstract Task RestoreStoreAsync();

    protected virtual Task DisposeStoreAccessAsync() => Task.CompletedTask;

    protected IActorRef Cart(string persistenceId, IActorRef? recovered = null, string? name = null) =>
        Sys.ActorOf(Props.Create(() => new CartActor(persistenceId, recovered)), name);

    protected void StopAndWait(IActorRef actor)
    {
        Watch(actor);
        actor.Tell(PoisonPill.Instance);
        ExpectTerminated(actor, Patience);
        Unwatch(actor);
    }
}
