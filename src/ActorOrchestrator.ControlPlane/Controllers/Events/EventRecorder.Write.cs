using System.Globalization;
using System.Text.Json.Nodes;
using ActorOrchestrator.Api;
using ActorOrchestrator.Api.Core;
using ActorOrchestrator.Api.Errors;
using ActorOrchestrator.Api.Meta;
using ActorOrchestrator.Api.Patching;
using ActorOrchestrator.Api.Serialization;
using ActorOrchestrator.ControlPlane.Access;
using ActorOrchestrator.ControlPlane.Events;

namespace ActorOrchestrator.ControlPlane.Controllers.Events;

/// <summary>Writing one queued event: a new Event object, or the count of a recent one raised.</summary>
public sealed partial class EventRecorder
{
    private const int NameAttempts = 3;

    private async Task WriteAsync(PendingEvent pending)
    {
        try
        {
            var key = pending.Key;
            if (_recent.TryGetValue(key, out var recent) && pending.At - recent.LastTimestamp <= _settings.AggregationWindow &&
                await TryCountAsync(recent, pending).ConfigureAwait(false) is { } counted)
            {
                _recent[key] = counted;
                return;
            }

            _recent[key] = await CreateAsync(pending).ConfigureAwait(false);
            ForgetOldest();
        }
        catch (Exception failure) when (failure is not OperationCanceledException || !_stopping.IsCancellationRequested)
        {
            // Events are best effort: whatever the write side answered, the queue goes on.
            EventRecorderLog.WriteFailed(_log, pending.Involved.Kind, pending.Involved.Namespace, pending.Involved.Name, pending.Reason, failure.Message);
        }
    }

    /// <returns>The Event with its count raised, or null when it is gone (a new one is written instead).</returns>
    private async Task<AggregatedEvent?> TryCountAsync(AggregatedEvent recent, PendingEvent pending)
    {
        var count = recent.Count + 1;
        var patch = new JsonObject
        {
            ["count"] = count,
            ["lastTimestamp"] = Rfc3339.FormatSeconds(pending.At),
        };
        try
        {
            await _client.PatchAsync(
                new ResourceKey(ResourceKinds.Event, recent.Namespace, recent.Name), new PatchRequest(PatchType.MergePatch, patch),
                WriteOptions.Default, _stopping.Token).ConfigureAwait(false);
            return recent with { Count = count, LastTimestamp = pending.At };
        }
        catch (StatusException gone) when (gone.Code == 404)
        {
            return null;
        }
    }

    private async Task<AggregatedEvent> CreateAsync(PendingEvent pending)
    {
        for (var attempt = 1; ; attempt++)
        {
            var name = $"{pending.Involved.Name}.{NextNanoseconds(pending.At).ToString("x16", CultureInfo.InvariantCulture)}";
            var ev = new Event
            {
                Metadata = new ObjectMeta { Name = name, Namespace = pending.EventNamespace },
                InvolvedObject = pending.Involved,
                Reason = pending.Reason,
                Message = pending.Message,
                Source = _source,
                FirstTimestamp = pending.At,
                LastTimestamp = pending.At,
                Count = 1,
                Type = pending.Type,
                ReportingComponent = _source.Component,
                ReportingInstance = _source.Host ?? "",
            };
            try
            {
                await _client.CreateAsync(ev, WriteOptions.Default, _stopping.Token).ConfigureAwait(false);
                return new AggregatedEvent(pending.EventNamespace, name, 1, pending.At);
            }
            catch (StatusException taken) when (taken.Code == 409 && attempt < NameAttempts)
            {
                // Another recorder named an Event for the same object in the same nanosecond; the next name is free.
            }
        }
    }

    /// <summary>Unix nanoseconds of the event, strictly increasing within this recorder so names never repeat.</summary>
    private long NextNanoseconds(DateTimeOffset at)
    {
        var nanoseconds = (at - DateTimeOffset.UnixEpoch).Ticks * 100;
        _lastNanoseconds = Math.Max(nanoseconds, _lastNanoseconds + 1);
        return _lastNanoseconds;
    }

    /// <summary>Keeps the aggregation cache within its size: the events that happened longest ago go first.</summary>
    private void ForgetOldest()
    {
        if (_recent.Count <= _settings.CacheSize)
        {
            return;
        }

        foreach (var (key, _) in _recent.OrderBy(pair => pair.Value.LastTimestamp).Take(_recent.Count - _settings.CacheSize / 2).ToList())
        {
            _recent.Remove(key);
        }
    }
}
