using ActorOrchestrator.Actors.Persistence.Serialization;
using ActorOrchestrator.Actors.Persistence.Snapshots;
using ActorOrchestrator.Actors.Persistence.Tests.Fixtures;

namespace ActorOrchestrator.Actors.Persistence.Tests.Contract;

public abstract partial class StoreContractSpec
{
    private static readonly DateTimeOffset SnapshotTime = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static Task SaveAsync(ISnapshotStore snapshots, string pid, long seq, int minutes = 0) =>
        snapshots.SaveAsync(new SnapshotMetadata(pid, seq, SnapshotTime.AddMinutes(minutes)), new CartState([$"at-{seq}"]), CancellationToken.None);

    [Fact]
    public async Task The_newest_snapshot_matching_the_criteria_is_loaded()
    {
        var store = await OpenAsync();
        await SaveAsync(store.Snapshots, "cart/a", 5, minutes: 1);
        await SaveAsync(store.Snapshots, "cart/a", 10, minutes: 2);
        await SaveAsync(store.Snapshots, "cart/a", 15, minutes: 3);
        await SaveAsync(store.Snapshots, "cart/b", 99, minutes: 9);

        var latest = await store.Snapshots.LoadAsync("cart/a", SnapshotSelectionCriteria.Latest, CancellationToken.None);
        var upTo12 = await store.Snapshots.LoadAsync("cart/a", new SnapshotSelectionCriteria(MaxSequenceNr: 12), CancellationToken.None);
        var before = await store.Snapshots.LoadAsync("cart/a", new SnapshotSelectionCriteria(MaxTimestamp: SnapshotTime.AddMinutes(1.5)), CancellationToken.None);

        Assert.Equal(new SnapshotMetadata("cart/a", 15, SnapshotTime.AddMinutes(3)), latest!.Metadata);
        Assert.Equal(["at-15"], ((CartState)latest.Snapshot).Items);
        Assert.Equal(10, upTo12!.Metadata.SequenceNr);
        Assert.Equal(5, before!.Metadata.SequenceNr);
        Assert.Null(await store.Snapshots.LoadAsync("cart/a", SnapshotSelectionCriteria.None, CancellationToken.None));
        Assert.Null(await store.Snapshots.LoadAsync("cart/nobody", SnapshotSelectionCriteria.Latest, CancellationToken.None));
    }

    [Fact]
    public async Task Saving_a_snapshot_at_the_same_sequence_number_replaces_it()
    {
        var store = await OpenAsync();
        await SaveAsync(store.Snapshots, "cart/a", 5);
        await store.Snapshots.SaveAsync(new SnapshotMetadata("cart/a", 5, SnapshotTime), new CartState(["replaced"]), CancellationToken.None);

        var loaded = await store.Snapshots.LoadAsync("cart/a", SnapshotSelectionCriteria.Latest, CancellationToken.None);

        Assert.Equal(["replaced"], ((CartState)loaded!.Snapshot).Items);
    }

    [Fact]
    public async Task Snapshots_are_deleted_by_metadata_and_by_criteria()
    {
        var store = await OpenAsync();
        foreach (var seq in new[] { 1L, 2L, 3L, 4L })
        {
            await SaveAsync(store.Snapshots, "cart/a", seq);
        }

        await store.Snapshots.DeleteAsync(new SnapshotMetadata("cart/a", 4, SnapshotTime), CancellationToken.None);
        Assert.Equal(3, (await store.Snapshots.LoadAsync("cart/a", SnapshotSelectionCriteria.Latest, CancellationToken.None))!.Metadata.SequenceNr);
        await store.Snapshots.DeleteAsync("cart/a", new SnapshotSelectionCriteria(MaxSequenceNr: 3, MinSequenceNr: 2), CancellationToken.None);
        Assert.Equal(1, (await store.Snapshots.LoadAsync("cart/a", SnapshotSelectionCriteria.Latest, CancellationToken.None))!.Metadata.SequenceNr);
    }

    [Fact]
    public async Task Retention_keeps_only_the_newest_snapshots()
    {
        var store = await OpenAsync();
        for (var seq = 1; seq <= 5; seq++)
        {
            await SaveAsync(store.Snapshots, "cart/a", seq * 10);
        }
        await SaveAsync(store.Snapshots, "cart/b", 10);

        await store.Snapshots.DeleteAllButLatestAsync("cart/a", 2, CancellationToken.None);
        await store.Snapshots.DeleteAllButLatestAsync("cart/b", 2, CancellationToken.None);

        Assert.Equal(50, (await store.Snapshots.LoadAsync("cart/a", SnapshotSelectionCriteria.Latest, CancellationToken.None))!.Metadata.SequenceNr);
        Assert.Equal(40, (await store.Snapshots.LoadAsync("cart/a", new SnapshotSelectionCriteria(MaxSequenceNr: 49), CancellationToken.None))!.Metadata.SequenceNr);
        Assert.Null(await store.Snapshots.LoadAsync("cart/a", new SnapshotSelectionCriteria(MaxSequenceNr: 39), CancellationToken.None));
        Assert.NotNull(await store.Snapshots.LoadAsync("cart/b", SnapshotSelectionCriteria.Latest, CancellationToken.None));
    }

    [Fact]
    public async Task Unregistered_snapshot_types_are_refused_and_unknown_snapshot_manifests_fail_loading_by_name()
    {
        var store = await OpenAsync();
        await Assert.ThrowsAsync<UnregisteredEventTypeException>(() =>
            store.Snapshots.SaveAsync(new SnapshotMetadata("cart/a", 1, SnapshotTime), new NeverRegistered("x"), CancellationToken.None));
        await SaveAsync(store.Snapshots, "cart/a", 7);
        await ExecuteRawAsync("UPDATE snapshot SET manifest = 'OldCart.v1' WHERE persistence_id = 'cart/a'");

        var failure = await Assert.ThrowsAsync<SnapshotLoadException>(() => store.Snapshots.LoadAsync("cart/a", SnapshotSelectionCriteria.Latest, CancellationToken.None));

        Assert.Equal(("cart/a", 7L, "OldCart.v1"), (failure.PersistenceId, failure.SequenceNr, failure.Manifest));
    }
}
