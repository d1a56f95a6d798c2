using ActorOrchestrator.Actors.Persistence.Snapshots;
using Microsoft.Extensions.Logging;

namespace ActorOrchestrator.Actors.Persistence;

/// <summary>Snapshots (with retention of the newest N) and deleting events; each replies to the actor itself.</summary>
public abstract partial class PersistentActor
{
    /// <summary>
    /// Saves <paramref name="snapshot"/> as the state after event <see cref="LastSequenceNr"/>; replies
    /// <see cref="SaveSnapshotSuccess"/> or <see cref="SaveSnapshotFailure"/> to this actor. After a success only the newest
    /// <c>ao.persistence.snapshot-retention</c> snapshots are kept.
    /// </summary>
    protected void SaveSnapshot(object snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var metadata = new SnapshotMetadata(PersistenceId, LastSequenceNr, Context.System.TimeProvider.GetUtcNow());
        _ = SaveSnapshotAsync(metadata, snapshot, Self, Context.Log);
    }

    /// <summary>
    /// Deletes the events up to and including <paramref name="toSequenceNr"/>; replies <see cref="DeleteMessagesSuccess"/>
    /// or <see cref="DeleteMessagesFailure"/> to this actor. Sequence numbers keep increasing after a delete.
    /// </summary>
    protected void DeleteMessagesTo(long toSequenceNr)
    {
        var self = Self;
        Persistence.Store.Journal.DeleteMessagesToAsync(PersistenceId, toSequenceNr, CancellationToken.None).ContinueWith(
            delete => self.Tell(
                delete.IsCompletedSuccessfully ? new DeleteMessagesSuccess(toSequenceNr) : new DeleteMessagesFailure(CauseOf(delete), toSequenceNr), self),
            CancellationToken.None,
            TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default);
    }

    private async Task SaveSnapshotAsync(SnapshotMetadata metadata, object snapshot, IActorRef self, ILogger log)
    {
        var snapshots = Persistence.Store.Snapshots;
        try
        {
            await snapshots.SaveAsync(metadata, snapshot, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            self.Tell(new SaveSnapshotFailure(metadata, exception), self);
            return;
        }
        var keep = Persistence.Settings.SnapshotRetention;
        if (keep > 0)
        {
            try
            {
                await snapshots.DeleteAllButLatestAsync(metadata.PersistenceId, keep, CancellationToken.None).ConfigureAwait(false);
            }
            catch (Exception exception)
            {
                log.LogWarning(
                    exception, "Deleting snapshots of persistence id '{PersistenceId}' beyond the newest {Keep} failed; they stay until the next snapshot: {Reason}",
                    metadata.PersistenceId, keep, exception.Message);
            }
        }
        self.Tell(new SaveSnapshotSuccess(metadata), self);
    }

    private static Exception CauseOf(Task task) => task.Exception is { } failure
        ? failure.InnerExceptions.Count == 1 ? failure.InnerExceptions[0] : failure
        : new OperationCanceledException("The operation was canceled.");
}
