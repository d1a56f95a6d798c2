using System.Threading.Channels;
using ActorOrchestrator.Api;
using ActorOrchestrator.Api.Core;
using ActorOrchestrator.Api.Meta;
using ActorOrchestrator.ControlPlane.Access;
using Microsoft.Extensions.Logging;

namespace ActorOrchestrator.ControlPlane.Controllers.Events;

/// <summary>
/// Writes core/v1 Event objects through the write side, as Kubernetes' event recorder does: <see cref="Record"/> only
/// queues (bounded; a full queue drops the event with a Debug log) and one background task writes them in order,
/// bumping <c>count</c> and <c>lastTimestamp</c> of the Event already written when the same event repeats within the
/// aggregation window. Stopping (or disposing) writes what is queued, within the flush timeout.
/// </summary>
public sealed partial class EventRecorder : IEventRecorder, IAsyncDisposable
{
    private readonly IResourceClient _client;
    private readonly EventSource _source;
    private readonly TimeProvider _time;
    private readonly EventRecorderSettings _settings;
    private readonly ILogger _log;
    private readonly Channel<PendingEvent> _queue;
    private readonly CancellationTokenSource _stopping = new();
    private readonly Dictionary<EventKey, AggregatedEvent> _recent = [];
    private readonly Task _drain;
    private long _lastNanoseconds;
    private volatile bool _stopped;

    /// <param name="client">Where the Events are written.</param>
    /// <param name="component">
    /// <c>source.component</c> and <c>reportingComponent</c>: <c>deployment-controller</c>, <c>replicaset-controller</c>,
    /// <c>default-scheduler</c>, <c>kubelet</c>.
    /// </param>
    /// <param name="host"><c>source.host</c> and <c>reportingInstance</c>: the node name for the kubelet, else null.</param>
    /// <param name="loggerFactory">For the Debug logs of dropped and failed events.</param>
    /// <param name="timeProvider">The clock of the timestamps and the aggregation window.</param>
    /// <param name="settings">Queue, window, cache and flush limits; <see cref="EventRecorderSettings.Default"/> when null.</param>
    public EventRecorder(
        IResourceClient client, string component, string? host, ILoggerFactory loggerFactory,
        TimeProvider? timeProvider = null, EventRecorderSettings? settings = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(component);
        _client = client;
        _source = new EventSource { Component = component, Host = string.IsNullOrEmpty(host) ? null : host };
        _time = timeProvider ?? TimeProvider.System;
        _settings = settings ?? EventRecorderSettings.Default;
        _log = loggerFactory.CreateLogger<EventRecorder>();
        _queue = Channel.CreateBounded<PendingEvent>(new BoundedChannelOptions(_settings.QueueCapacity)
        {
            FullMode = BoundedChannelFullMode.Wait,
            SingleReader = true,
        });
        _drain = Task.Run(DrainAsync);
    }

    public void Record(IKubernetesObject involved, string type, string reason, string message)
    {
        var meta = involved.Metadata;
        var kind = ResourceKinds.Find(involved.ApiVersion, involved.Kind) ?? TryKindOf(involved);
        var reference = new ObjectReference
        {
            Kind = kind?.Kind ?? involved.Kind,
            Namespace = string.IsNullOrEmpty(meta.Namespace) ? null : meta.Namespace,
            Name = meta.Name,
            Uid = meta.Uid,
            ApiVersion = kind?.ApiVersion ?? involved.ApiVersion,
            ResourceVersion = meta.ResourceVersion,
        };
        var pending = new PendingEvent(reference, reference.Namespace ?? "default", type, reason, message, _time.GetUtcNow());
        if (!_queue.Writer.TryWrite(pending))
        {
            EventRecorderLog.Dropped(_log, _stopped ? "the recorder is stopped" : "the queue is full",
                reference.Kind, reference.Namespace, reference.Name, reason, message);
        }
    }

    /// <summary>Takes no more events, writes those queued (at most the flush timeout, or until cancelled) and ends.</summary>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        _stopped = true;
        _queue.Writer.TryComplete();
        using var flush = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        flush.CancelAfter(_settings.FlushTimeout);
        try
        {
            await _drain.WaitAsync(flush.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            await _stopping.CancelAsync().ConfigureAwait(false);
            EventRecorderLog.StoppedWithPending(_log, _source.Component!, _queue.Reader.Count);
            await _drain.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync(CancellationToken.None).ConfigureAwait(false);
        _stopping.Dispose();
    }

    private static ResourceKind? TryKindOf(IKubernetesObject involved) =>
        ResourceKinds.All.FirstOrDefault(kind => kind.ClrType == involved.GetType());

    private async Task DrainAsync()
    {
        try
        {
            await foreach (var pending in _queue.Reader.ReadAllAsync(_stopping.Token).ConfigureAwait(false))
            {
                await WriteAsync(pending).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
        {
            // Stopped before the queue was written; StopAsync logged how many were left.
        }
    }
}
