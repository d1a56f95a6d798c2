using ActorOrchestrator.Actors.Persistence.Query;
using ActorOrchestrator.Actors.Persistence.Snapshots;

namespace ActorOrchestrator.Actors.Persistence;

/// <summary>
/// Recovery: the store is read in the background under a recovery permit, batch by batch; each batch is applied by the
/// actor itself (handlers run as the actor) before the next is handed over. The permit is returned when recovery ends,
/// fails, or the actor stops.
/// </summary>
public abstract partial class PersistentActor
{
    private void StartRecovering() => _ = RecoverInBackgroundAsync(PersistenceId, Self, _stopping.Token);

    private async Task RecoverInBackgroundAsync(string persistenceId, IActorRef self, CancellationToken cancellationToken)
    {
        var settings = Persistence.Settings;
        IDisposable? permit = null;
        try
        {
            permit = await Persistence.Recoveries.AcquireAsync(cancellationToken).ConfigureAwait(false);
            var store = Persistence.Store;
            var snapshot = await store.Snapshots.LoadAsync(persistenceId, SnapshotSelectionCriteria.Latest, cancellationToken).ConfigureAwait(false);
            var from = (snapshot?.Metadata.SequenceNr ?? 0) + 1;
            Task? previousApplied = null;
            while (true)
            {
                var batch = new List<EventEnvelope>();
                await store.Journal.ReplayMessagesAsync(persistenceId, from, long.MaxValue, settings.ReplayBatchSize, batch.Add, cancellationToken)
                    .ConfigureAwait(false);
                if (previousApplied is not null)
                {
                    await AwaitAppliedAsync(previousApplied, persistenceId, settings.RecoveryEventTimeout, cancellationToken).ConfigureAwait(false);
                }
                if (previousApplied is null || batch.Count > 0)
                {
                    var applied = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                    self.Tell(new ReplayedEvents(this, previousApplied is null ? snapshot : null, batch, applied), self);
                    previousApplied = applied.Task;
                }
                if (batch.Count < settings.ReplayBatchSize)
                {
                    break;
                }
                from = batch[^1].SequenceNr + 1;
            }
            await AwaitAppliedAsync(previousApplied!, persistenceId, settings.RecoveryEventTimeout, cancellationToken).ConfigureAwait(false);
            var highest = await store.Journal.ReadHighestSequenceNrAsync(persistenceId, 0, cancellationToken).ConfigureAwait(false);
            var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            self.Tell(new RecoveryFinished(this, highest, done), self);
            await AwaitAppliedAsync(done.Task, persistenceId, settings.RecoveryEventTimeout, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The actor stopped (or failed in a recovery handler); nobody is waiting for the outcome.
        }
        catch (Exception exception)
        {
            self.Tell(new RecoveryAborted(this, exception), self);
        }
        finally
        {
            permit?.Dispose();
        }
    }

    private static async Task AwaitAppliedAsync(Task applied, string persistenceId, TimeSpan timeout, CancellationToken cancellationToken)
    {
        try
        {
            await applied.WaitAsync(timeout, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException exception)
        {
            throw new TimeoutException(
                $"Recovery of persistence id '{persistenceId}' timed out: the actor did not take replayed events for {timeout.TotalSeconds:0.###} s (ao.persistence.recovery-event-timeout).",
                exception);
        }
    }

    private void ApplyReplayed(ReplayedEvents replayed)
    {
        try
        {
            if (replayed.Snapshot is { } snapshot)
            {
                LastSequenceNr = snapshot.Metadata.SequenceNr;
                RecoverOne(new SnapshotOffer(snapshot.Metadata, snapshot.Snapshot), snapshot.Metadata.SequenceNr, snapshot.Snapshot.GetType().Name);
            }
            foreach (var envelope in replayed.Events)
            {
                LastSequenceNr = envelope.SequenceNr;
                LastOrdering = envelope.Ordering;
                RecoverOne(envelope.Event, envelope.SequenceNr, envelope.Manifest);
            }
            replayed.Applied.TrySetResult();
        }
        catch (Exception exception)
        {
            replayed.Applied.TrySetException(exception);
            FailRecovery(exception);
        }
    }

    private void RecoverOne(object message, long sequenceNr, string manifest)
    {
        try
        {
            RunRecoveryHandlers(message);
        }
        catch (Exception exception)
        {
            throw new RecoveryFailedException(PersistenceId, sequenceNr, manifest, $"its recovery handler threw {exception.GetType().Name}: {exception.Message}", exception);
        }
    }

    private void RunRecoveryHandlers(object message)
    {
        foreach (var handler in _recoveryHandlers)
        {
            if (handler.TryHandle(message))
            {
                return;
            }
        }
    }

    private void FinishRecovery(RecoveryFinished finished)
    {
        LastSequenceNr = Math.Max(LastSequenceNr, finished.HighestSequenceNr);
        _nextSequenceNr = LastSequenceNr;
        _phase = Phase.Running;
        try
        {
            RunRecoveryHandlers(RecoveryCompleted.Instance);
        }
        finally
        {
            finished.Done.TrySetResult();
        }
        Stash.UnstashAll();
        FlushPending();
    }

    private void FailRecovery(Exception cause)
    {
        _phase = Phase.Stopped;
        OnRecoveryFailure(cause);
        Context.Stop(Self);
    }
}
