using ActorOrchestrator.Actors.Persistence.Query;

namespace ActorOrchestrator.ControlPlane.ReadModel;

/// <summary>
/// Checkpoints: written in the background from an immutable snapshot of the view (one at a time), loaded at start
/// after checking that the journal still holds the last event they include.
/// </summary>
public sealed partial class ResourceProjection
{
    private JournalMark? _mark;

    /// <summary>The last resource event the view applied (for a checkpoint written outside the projection).</summary>
    internal JournalMark? LastMark => _mark;
    private long _lastCheckpointAt;
    private Task _checkpointWrite = Task.CompletedTask;

    private bool CheckpointDue() =>
        _eventsSinceCheckpoint >= _settings.CheckpointEveryEvents
        || (_eventsSinceCheckpoint > 0 && _timeProvider.GetElapsedTime(_lastCheckpointAt) >= _settings.CheckpointInterval);

    /// <summary>Snapshots the view and writes it in the background, unless a write is still running (the next one catches up).</summary>
    private void StartCheckpoint()
    {
        if (!_checkpointWrite.IsCompleted)
        {
            return;
        }
        var (position, objects) = View.Snapshot();
        var content = new CheckpointContent(position, _mark, objects);
        _eventsSinceCheckpoint = 0;
        _lastCheckpointAt = _timeProvider.GetTimestamp();
        _checkpointWrite = Task.Run(() => WriteCheckpoint(content));
    }

    private void WriteCheckpoint(CheckpointContent content)
    {
        var started = _timeProvider.GetTimestamp();
        try
        {
            ViewCheckpoint.Write(_checkpointPath, content);
            ReadModelLog.CheckpointWritten(_logger, _checkpointPath, content.Objects.Count, content.Position,
                (long)_timeProvider.GetElapsedTime(started).TotalMilliseconds);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            ReadModelLog.CheckpointWriteFailed(_logger, _checkpointPath, exception.Message);
        }
    }

    /// <summary>The checkpoint's content when it can be used; an empty view at position 0 otherwise (with the reason logged).</summary>
    private async Task<CheckpointContent> LoadCheckpointAsync(CancellationToken cancellationToken)
    {
        var empty = new CheckpointContent(0, null, []);
        if (!File.Exists(_checkpointPath))
        {
            return empty;
        }
        var started = _timeProvider.GetTimestamp();
        CheckpointContent content;
        try
        {
            content = await Task.Run(() => ViewCheckpoint.Read(_checkpointPath), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is InvalidDataException or EndOfStreamException or IOException or ArgumentException or FormatException)
        {
            ReadModelLog.CheckpointDiscarded(_logger, _checkpointPath, exception.Message);
            return empty;
        }
        if (await MismatchAsync(content, cancellationToken).ConfigureAwait(false) is { } mismatch)
        {
            ReadModelLog.CheckpointDiscarded(_logger, _checkpointPath, mismatch);
            return empty;
        }
        ReadModelLog.CheckpointLoaded(_logger, _checkpointPath, content.Objects.Count, content.Position,
            (long)_timeProvider.GetElapsedTime(started).TotalMilliseconds);
        return content;
    }

    /// <summary>Why the checkpoint does not belong to this journal, or null when the journal still holds its last event.</summary>
    private async Task<string?> MismatchAsync(CheckpointContent content, CancellationToken cancellationToken)
    {
        if (content.Mark is not { } mark)
        {
            return content.Position == 0 ? null : $"it reaches resourceVersion {content.Position} without any resource event to check the journal against";
        }
        EventEnvelope? found = null;
        await foreach (var envelope in _queries.CurrentAllEvents(mark.Ordering - 1, cancellationToken).ConfigureAwait(false))
        {
            found = envelope;
            break;
        }
        return found is not null && found.Ordering == mark.Ordering && found.PersistenceId == mark.PersistenceId && found.SequenceNr == mark.SequenceNr
            ? null
            : $"the journal does not hold its last event ({mark.PersistenceId} #{mark.SequenceNr} at ordering {mark.Ordering}); "
              + (found is null ? "the journal ends before it" : $"found {found.PersistenceId} #{found.SequenceNr} at ordering {found.Ordering}");
    }
}
