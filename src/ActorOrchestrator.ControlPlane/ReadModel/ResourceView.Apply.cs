namespace ActorOrchestrator.ControlPlane.ReadModel;

/// <summary>The writer side: the projection applies prepared events in ordering order, then wakes watchers and waiters.</summary>
public sealed partial class ResourceView
{
    /// <summary>
    /// Applies <paramref name="updates"/> (ascending orderings) and moves the view to <paramref name="position"/>, the
    /// ordering of the last journal event read, resource event or not. Events at or below the current position were
    /// applied before and are skipped, so re-reading after a failed read is harmless.
    /// </summary>
    internal void Apply(IReadOnlyList<ViewUpdate> updates, long position)
    {
        _lock.EnterWriteLock();
        try
        {
            foreach (var update in updates)
            {
                if (update.Ordering > _position)
                {
                    ApplyOne(update);
                }
            }
            if (position > _position)
            {
                Volatile.Write(ref _position, position);
            }
        }
        finally
        {
            _lock.ExitWriteLock();
        }
        Interlocked.Exchange(ref _changed, NewSignal()).TrySetResult();
    }

    private void ApplyOne(ViewUpdate update)
    {
        var index = IndexOf(update.Object.Kind);
        var previous = index.Get(update.Object.ObjectName);
        if (update.Deleted)
        {
            if (previous is null)
            {
                return;
            }
            index.Remove(previous.ObjectName);
            index.Changes.Append(new ViewChange(update.Ordering, WatchEventType.Deleted, update.Object, previous));
            return;
        }
        index.Put(update.Object);
        index.Changes.Append(new ViewChange(update.Ordering, previous is null ? WatchEventType.Added : WatchEventType.Modified, update.Object, previous));
    }
}
