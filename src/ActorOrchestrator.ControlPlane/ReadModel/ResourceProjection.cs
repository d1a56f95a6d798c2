using ActorOrchestrator.Actors.Persistence.Query;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace ActorOrchestrator.ControlPlane.ReadModel;

/// <summary>
/// The member's one tailing reader of the journal: it keeps <see cref="View"/> current by applying every event, in
/// ordering order, from where the view's checkpoint left off, and checkpoints the view to the data dir every
/// <c>checkpoint-every-events</c> events or <c>checkpoint-interval</c>, so a restart replays only the journal's tail.
/// Start it once; the gateway and the controllers read <see cref="View"/>.
/// </summary>
public sealed partial class ResourceProjection : IHostedService, IAsyncDisposable
{
    private readonly ReadModelSettings _settings;
    private readonly IEventQueries _queries;
    private readonly string _checkpointPath;
    private readonly ILogger _logger;
    private readonly TimeProvider _timeProvider;
    private readonly CancellationTokenSource _stopping = new();
    private ResourceView? _view;
    private Task _tail = Task.CompletedTask;
    private bool _stopped;

    /// <param name="settings">The <c>ao.read-model</c> section.</param>
    /// <param name="queries">The journal's query side (<c>IPersistenceStore.Queries</c>); its store must register <see cref="Events.ResourceEvents"/>.</param>
    /// <param name="dataDirectory">The node's data dir: a relative checkpoint file is placed in it.</param>
    /// <param name="loggerFactory">Logging; none when null.</param>
    /// <param name="timeProvider">Clock for checkpoints, bookmarks and waits; the system clock when null.</param>
    public ResourceProjection(
        ReadModelSettings settings, IEventQueries queries, string dataDirectory, ILoggerFactory? loggerFactory, TimeProvider? timeProvider)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(queries);
        ArgumentNullException.ThrowIfNull(dataDirectory);
        _settings = settings.Validate();
        _queries = queries;
        _checkpointPath = Path.GetFullPath(settings.CheckpointFile, Path.GetFullPath(dataDirectory));
        _logger = (loggerFactory ?? NullLoggerFactory.Instance).CreateLogger<ResourceProjection>();
        _timeProvider = timeProvider ?? TimeProvider.System;
    }

    /// <summary>The view this projection keeps current; available once <see cref="StartAsync"/> has returned.</summary>
    public ResourceView View => _view ?? throw new InvalidOperationException("The read model has not started: await ResourceProjection.StartAsync first.");

    /// <summary>The checkpoint file's full path.</summary>
    public string CheckpointPath => _checkpointPath;

    /// <summary>How many journal events the start replayed after the checkpoint (all of them without one).</summary>
    internal long ReplayedAtStart { get; private set; }

    /// <summary>
    /// Loads the checkpoint (or starts empty when there is none or it cannot be used), applies every event the journal
    /// holds after it, then returns (the view is ready: it holds everything written before the call) and keeps tailing.
    /// </summary>
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (_view is not null)
        {
            throw new InvalidOperationException("The read model is already started; a projection starts once.");
        }
        var started = _timeProvider.GetTimestamp();
        var checkpoint = await LoadCheckpointAsync(cancellationToken).ConfigureAwait(false);
        _view = new ResourceView(_settings, _timeProvider, checkpoint.Position, checkpoint.Objects);
        _mark = checkpoint.Mark;
        _lastCheckpointAt = _timeProvider.GetTimestamp();
        using (var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _stopping.Token))
        {
            ReplayedAtStart = await ReadJournalAsync(live: false, linked.Token).ConfigureAwait(false);
            ReadModelLog.CaughtUp(_logger, _view.TotalCount, _view.ResourceVersion, ReplayedAtStart,
                (long)_timeProvider.GetElapsedTime(started).TotalMilliseconds);
        }
        if (_eventsSinceCheckpoint > 0)
        {
            StartCheckpoint();
        }
        _tail = Task.Run(() => ReadJournalAsync(live: true, _stopping.Token), CancellationToken.None);
    }

    /// <summary>Stops tailing, writes a last checkpoint when the view moved since the previous one, and ends every watch.</summary>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_view is null || _stopped)
        {
            return;
        }
        _stopped = true;
        await _stopping.CancelAsync().ConfigureAwait(false);
        try
        {
            await _tail.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception) when (_tail.IsCompleted && _stopping.IsCancellationRequested)
        {
            // Stopping cancels the tail wherever it is; how it ended does not matter any more.
        }
        await _checkpointWrite.WaitAsync(cancellationToken).ConfigureAwait(false);
        if (_eventsSinceCheckpoint > 0)
        {
            StartCheckpoint();
            await _checkpointWrite.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        _view.Close();
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync(CancellationToken.None).ConfigureAwait(false);
        _view?.Dispose();
        _stopping.Dispose();
    }
}
