using System.Diagnostics;
using System.Threading.Channels;
using ActorOrchestrator.Actors.Persistence.Journal;
using ActorOrchestrator.Actors.Persistence.Sql.Settings;
using Microsoft.Extensions.Logging;

namespace ActorOrchestrator.Actors.Persistence.Sql.Common;

/// <summary>
/// Group commit: gathers the writes of many callers into one transaction (up to max-batch-size events, never splitting a
/// caller's request) and completes each caller only after that transaction committed. Up to
/// <see cref="ISqlDialect.MaxConcurrentBatches"/> transactions run at once, but a persistence id is never in two of them:
/// a request whose persistence id is in flight waits, with every later request of that id, so one id's writes are
/// stored in the order they were submitted.
/// </summary>
internal sealed partial class GroupCommitWriter : IAsyncDisposable
{
    private readonly Channel<WriteRequest> _queue = Channel.CreateUnbounded<WriteRequest>(new UnboundedChannelOptions { SingleReader = true });
    private readonly ISqlDialect _dialect;
    private readonly GroupCommitSettings _settings;
    private readonly JournalWriteSignal _signal;
    private readonly ILogger _logger;
    private readonly Task _loop;
    private int _queued;
    private long _submitted;
    private long _drained;
    private long _wakeAt = long.MaxValue;
    private TaskCompletionSource? _filled;

    public GroupCommitWriter(ISqlDialect dialect, GroupCommitSettings settings, JournalWriteSignal signal, ILogger logger)
    {
        _dialect = dialect;
        _settings = settings;
        _signal = signal;
        _logger = logger;
        _loop = Task.Run(RunAsync);
    }

    /// <summary>Queues the request; the task completes with the orderings once committed, or faults.</summary>
    public Task<long[][]> SubmitAsync(WriteRequest request)
    {
        if (Interlocked.Increment(ref _queued) > _settings.MaxQueuedWrites)
        {
            Interlocked.Decrement(ref _queued);
            return Task.FromException<long[][]>(new JournalWriteException(_dialect.Target, new InvalidOperationException(
                $"{_settings.MaxQueuedWrites} writes are already waiting for the database (ao.persistence.group-commit.max-queued-writes)")));
        }
        if (!_queue.Writer.TryWrite(request))
        {
            Interlocked.Decrement(ref _queued);
            return Task.FromException<long[][]>(new ObjectDisposedException(nameof(GroupCommitWriter), $"The journal on {_dialect.Target} is closed."));
        }
        if (Interlocked.Increment(ref _submitted) >= Volatile.Read(ref _wakeAt))
        {
            Volatile.Read(ref _filled)?.TrySetResult();
        }
        return request.Completion.Task;
    }

    /// <summary>Stops accepting writes, finishes the queued ones and waits for them.</summary>
    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _loop.ConfigureAwait(false);
    }

    private async Task RunAsync()
    {
        var pending = new List<WriteRequest>();
        var running = new List<(Task Task, List<WriteRequest> Batch)>();
        var busyPersistenceIds = new HashSet<string>(StringComparer.Ordinal);
        var maxConcurrent = Math.Max(1, _dialect.MaxConcurrentBatches);
        Task<bool>? readable = null;
        var open = true;
        var expectedRequests = 0;
        while (open || pending.Count > 0 || running.Count > 0)
        {
            expectedRequests = ReleaseFinished(running, busyPersistenceIds, expectedRequests);
            Drain(pending);
            if (running.Count < maxConcurrent && pending.Count > 0)
            {
                if (open && expectedRequests > 0)
                {
                    await LingerAsync(pending, expectedRequests).ConfigureAwait(false);
                    expectedRequests = 0;
                }
                var batch = TakeBatch(pending, busyPersistenceIds);
                if (batch.Count > 0)
                {
                    if (maxConcurrent > 1)
                    {
                        foreach (var request in batch)
                        {
                            busyPersistenceIds.UnionWith(request.PersistenceIds);
                        }
                    }
                    running.Add((Task.Run(() => ExecuteAsync(batch)), batch));
                    continue;
                }
            }
            var waits = running.Select(r => r.Task).ToList();
            if (open && running.Count < maxConcurrent)
            {
                readable ??= _queue.Reader.WaitToReadAsync().AsTask();
                waits.Add(readable);
            }
            if (waits.Count == 0)
            {
                break;
            }
            await Task.WhenAny(waits).ConfigureAwait(false);
            if (readable is { IsCompleted: true })
            {
                open = await readable.ConfigureAwait(false);
                readable = null;
            }
        }
    }

    private void Drain(List<WriteRequest> pending)
    {
        while (_queue.Reader.TryRead(out var request))
        {
            pending.Add(request);
            _drained++;
        }
    }

    /// <summary>Forgets finished batches; returns how many requests the latest of them held (their writers are about to come back).</summary>
    private static int ReleaseFinished(List<(Task Task, List<WriteRequest> Batch)> running, HashSet<string> busyPersistenceIds, int expectedRequests)
    {
        for (var i = running.Count - 1; i >= 0; i--)
        {
            if (running[i].Task.IsCompleted)
            {
                if (busyPersistenceIds.Count > 0)
                {
                    foreach (var request in running[i].Batch)
                    {
                        busyPersistenceIds.ExceptWith(request.PersistenceIds);
                    }
                }
                expectedRequests = running[i].Batch.Count;
                running.RemoveAt(i);
            }
        }
        return expectedRequests;
    }

    /// <summary>
    /// Adaptive linger: the callers acknowledged by the last batch usually write again at once (a persistent actor
    /// persists its next event), so wait, at most <see cref="GroupCommitSettings.Linger"/>, until a third as many
    /// requests are pending as that batch held. Starting with the first few would spend a whole transaction on them;
    /// waiting for all would leave the database idle while they trickle in. Measured with 1,000 writers on SQLite, a
    /// third beat both a half and nine tenths: the rest arrive while the first third is written and form the next
    /// batch. With one writer nothing waits.
    /// </summary>
    private async Task LingerAsync(List<WriteRequest> pending, int expectedRequests)
    {
        var wanted = Math.Min(expectedRequests / 3, _settings.MaxBatchSize);
        if (_settings.Linger <= TimeSpan.Zero || pending.Count >= wanted)
        {
            return;
        }
        // One wake-up when enough requests have been submitted, rather than one per arriving request.
        var filled = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Volatile.Write(ref _filled, filled);
        Volatile.Write(ref _wakeAt, _drained + wanted - pending.Count);
        if (Volatile.Read(ref _submitted) >= _wakeAt)
        {
            filled.TrySetResult();
        }
        try
        {
            await filled.Task.WaitAsync(_settings.Linger).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
        }
        Volatile.Write(ref _wakeAt, long.MaxValue);
        Drain(pending);
    }

    private List<WriteRequest> TakeBatch(List<WriteRequest> pending, HashSet<string> busyPersistenceIds)
    {
        var batch = new List<WriteRequest>();
        var held = new HashSet<string>(StringComparer.Ordinal);
        var events = 0;
        var next = 0;
        for (; next < pending.Count; next++)
        {
            var request = pending[next];
            if ((busyPersistenceIds.Count > 0 || held.Count > 0) && request.PersistenceIds.Any(id => busyPersistenceIds.Contains(id) || held.Contains(id)))
            {
                held.UnionWith(request.PersistenceIds);
                continue;
            }
            if (events > 0 && events + request.EventCount > _settings.MaxBatchSize)
            {
                break;
            }
            batch.Add(request);
            events += request.EventCount;
            pending[next] = null!;
        }
        pending.RemoveAll(r => r is null);
        return batch;
    }

    private async Task ExecuteAsync(List<WriteRequest> batch)
    {
        try
        {
            await _dialect.WriteBatchAsync(batch, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            Interlocked.Add(ref _queued, -batch.Count);
            LogBatchFailed(_logger, batch.Sum(r => r.EventCount), _dialect.Target, exception.Message);
            var failure = new JournalWriteException(_dialect.Target, exception);
            foreach (var request in batch)
            {
                request.Completion.TrySetException(failure);
            }
            return;
        }
        Interlocked.Add(ref _queued, -batch.Count);
        foreach (var request in batch)
        {
            if (request.Conflict is { } conflict)
            {
                request.Completion.TrySetException(conflict);
            }
            else
            {
                request.Completion.TrySetResult(request.Orderings!);
            }
        }
        _signal.Notify();
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Warning, Message = "Writing {EventCount} events to {Target} failed; their writers are told: {Reason}")]
    private static partial void LogBatchFailed(ILogger logger, int eventCount, string target, string reason);
}
