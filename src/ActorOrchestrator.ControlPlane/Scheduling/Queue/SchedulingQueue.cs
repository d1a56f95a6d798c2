using ActorOrchestrator.ControlPlane.Events;
using ActorOrchestrator.ControlPlane.Scheduling.Cache;

namespace ActorOrchestrator.ControlPlane.Scheduling.Queue;

/// <summary>
/// The pending pods waiting for a placement attempt, as Kubernetes' scheduling queue: active (tried next, highest
/// priority first, then first come), unschedulable (no node fitted; back to active when the cluster changes or on a
/// timer) and backing off (binding failed; back to active when their wait is over). A pod being placed or bound is in none.
/// </summary>
internal sealed class SchedulingQueue
{
    private readonly PriorityQueue<ResourceKey, (int NegatedPriority, long Arrival)> _active = new();
    private readonly Dictionary<ResourceKey, Entry> _entries = [];
    private long _arrivals;

    public int ActiveCount { get; private set; }

    public int UnschedulableCount => _entries.Count - ActiveCount - BackoffCount;

    public int BackoffCount { get; private set; }

    public bool Contains(ResourceKey pod) => _entries.ContainsKey(pod);

    /// <summary>
    /// Takes in a pending pod as the read model shows it. A new one becomes active; a known one keeps its place with
    /// the newer object, except that an unschedulable pod whose spec changed (a new generation) is tried again.
    /// </summary>
    public void Add(PodInfo pod)
    {
        if (!_entries.TryGetValue(pod.Key, out var entry))
        {
            Activate(new Entry(pod));
            return;
        }
        var specChanged = entry.Pod.Generation != pod.Generation;
        entry.Pod = pod;
        if (entry.State == EntryState.Unschedulable && specChanged)
        {
            Activate(entry);
        }
    }

    public void Remove(ResourceKey pod)
    {
        if (_entries.Remove(pod, out var entry))
        {
            Leave(entry);
        }
    }

    /// <summary>The next pod to place, which leaves the queue.</summary>
    public bool TryPop(out PodInfo pod)
    {
        while (_active.TryDequeue(out var key, out var order))
        {
            if (_entries.TryGetValue(key, out var entry) && entry.State == EntryState.Active && entry.Arrival == order.Arrival)
            {
                _entries.Remove(key);
                ActiveCount--;
                pod = entry.Pod;
                return true;
            }
        }
        pod = null!;
        return false;
    }

    public void AddUnschedulable(PodInfo pod) => Park(pod, EntryState.Unschedulable, DateTimeOffset.MinValue);

    /// <summary>Parks a pod whose binding failed until <paramref name="readyAt"/>.</summary>
    public void AddBackoff(PodInfo pod, DateTimeOffset readyAt) => Park(pod, EntryState.Backoff, readyAt);

    /// <summary>Makes every unschedulable pod active again (the cluster changed, or the retry interval passed); returns how many.</summary>
    public int ActivateUnschedulable()
    {
        var waiting = _entries.Values.Where(e => e.State == EntryState.Unschedulable).ToList();
        foreach (var entry in waiting)
        {
            Activate(entry);
        }
        return waiting.Count;
    }

    /// <summary>Makes the pods whose back-off is over active; returns when the next one is over, if any is left.</summary>
    public DateTimeOffset? ActivateBackoff(DateTimeOffset now)
    {
        DateTimeOffset? next = null;
        foreach (var entry in _entries.Values.Where(e => e.State == EntryState.Backoff).ToList())
        {
            if (entry.ReadyAt <= now)
            {
                Activate(entry);
            }
            else if (next is null || entry.ReadyAt < next)
            {
                next = entry.ReadyAt;
            }
        }
        return next;
    }

    private void Park(PodInfo pod, EntryState state, DateTimeOffset readyAt)
    {
        Remove(pod.Key);
        _entries.Add(pod.Key, new Entry(pod) { State = state, ReadyAt = readyAt });
        if (state == EntryState.Backoff)
        {
            BackoffCount++;
        }
    }

    private void Activate(Entry entry)
    {
        if (_entries.TryGetValue(entry.Pod.Key, out var current))
        {
            Leave(current);
        }
        entry.State = EntryState.Active;
        entry.Arrival = ++_arrivals;
        _entries[entry.Pod.Key] = entry;
        ActiveCount++;
        _active.Enqueue(entry.Pod.Key, (-entry.Pod.Priority, entry.Arrival));
    }

    private void Leave(Entry entry)
    {
        if (entry.State == EntryState.Active)
        {
            ActiveCount--;
        }
        else if (entry.State == EntryState.Backoff)
        {
            BackoffCount--;
        }
    }

    private enum EntryState
    {
        Active,
        Unschedulable,
        Backoff,
    }

    private sealed class Entry(PodInfo pod)
    {
        public PodInfo Pod { get; set; } = pod;

        public EntryState State { get; set; }

        /// <summary>Tells a live active entry from the stale heap items of earlier activations.</summary>
        public long Arrival { get; set; }

        public DateTimeOffset ReadyAt { get; set; }
    }
}
