using System.Threading.Channels;
using ActorOrchestrator.Actors.Persistence.Query;

namespace ActorOrchestrator.ControlPlane.ReadModel;

/// <summary>
/// Reading the journal: one task pages through it (the store deserializes events) while the other prepares and
/// applies them in batches, so the two cores share the work; failures are retried from the view's position.
/// </summary>
public sealed partial class ResourceProjection
{
    private long _eventsSinceCheckpoint;

    /// <summary>Applies the journal after the view's position: to its current end (<paramref name="live"/> false), or for ever.</summary>
    private async Task<long> ReadJournalAsync(bool live, CancellationToken cancellationToken)
    {
        long applied = 0;
        var backoff = _settings.RetryMinBackoff;
        while (true)
        {
            var source = live ? _queries.AllEvents(View.ResourceVersion, cancellationToken) : _queries.CurrentAllEvents(View.ResourceVersion, cancellationToken);
            try
            {
                applied += await ApplyAsync(source, live, cancellationToken).ConfigureAwait(false);
                return applied;
            }
            catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
            {
                ReadModelLog.JournalReadFailed(_logger, View.ResourceVersion, (long)backoff.TotalMilliseconds, exception.Message);
            }
            await Task.Delay(backoff, _timeProvider, cancellationToken).ConfigureAwait(false);
            backoff = TimeSpan.FromTicks(Math.Min(backoff.Ticks * 2, _settings.RetryMaxBackoff.Ticks));
        }
    }

    private async Task<long> ApplyAsync(IAsyncEnumerable<EventEnvelope> source, bool live, CancellationToken cancellationToken)
    {
        var channel = Channel.CreateBounded<EventEnvelope>(
            new BoundedChannelOptions(_settings.ApplyBatchSize * 4) { SingleReader = true, SingleWriter = true });
        using var pipeline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var producer = Task.Run(() => ProduceAsync(source, channel.Writer, pipeline.Token), CancellationToken.None);
        long applied = 0;
        try
        {
            var updates = new List<ViewUpdate>(_settings.ApplyBatchSize);
            Task<bool>? readable = null;
            while (true)
            {
                readable ??= channel.Reader.WaitToReadAsync(pipeline.Token).AsTask();
                if (live && !readable.IsCompleted && !await IdleUntilReadableAsync(readable, pipeline.Token).ConfigureAwait(false))
                {
                    continue;
                }
                if (!await readable.ConfigureAwait(false))
                {
                    break;
                }
                readable = null;
                applied += ApplyAvailable(channel.Reader, updates);
                if (live && CheckpointDue())
                {
                    StartCheckpoint();
                }
            }
        }
        finally
        {
            await pipeline.CancelAsync().ConfigureAwait(false);
            await producer.ConfigureAwait(false);
        }
        return applied;
    }

    /// <summary>Waits for events, writing a checkpoint when one falls due meanwhile; false when no event came yet.</summary>
    private async Task<bool> IdleUntilReadableAsync(Task<bool> readable, CancellationToken cancellationToken)
    {
        if (_eventsSinceCheckpoint == 0)
        {
            await readable.WaitAsync(cancellationToken).ConfigureAwait(false);
            return true;
        }
        var due = _settings.CheckpointInterval - _timeProvider.GetElapsedTime(_lastCheckpointAt);
        if (due > TimeSpan.Zero)
        {
            try
            {
                await readable.WaitAsync(due, _timeProvider, cancellationToken).ConfigureAwait(false);
                return true;
            }
            catch (TimeoutException)
            {
            }
        }
        StartCheckpoint();
        return readable.IsCompleted;
    }

    /// <summary>Applies what the channel holds, up to one batch, in one hold of the view's lock.</summary>
    private long ApplyAvailable(ChannelReader<EventEnvelope> reader, List<ViewUpdate> updates)
    {
        updates.Clear();
        long last = 0;
        var count = 0;
        while (count < _settings.ApplyBatchSize && reader.TryRead(out var envelope))
        {
            count++;
            last = envelope.Ordering;
            if (ViewUpdates.From(envelope, _logger) is { } update)
            {
                updates.Add(update);
                _mark = new JournalMark(envelope.Ordering, envelope.PersistenceId, envelope.SequenceNr);
            }
        }
        if (count > 0)
        {
            View.Apply(updates, last);
            _eventsSinceCheckpoint += count;
        }
        return count;
    }

    private static async Task ProduceAsync(IAsyncEnumerable<EventEnvelope> source, ChannelWriter<EventEnvelope> writer, CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var envelope in source.WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                await writer.WriteAsync(envelope, cancellationToken).ConfigureAwait(false);
            }
            writer.TryComplete();
        }
        catch (Exception exception)
        {
            writer.TryComplete(exception);
        }
    }
}
