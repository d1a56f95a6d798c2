using System.Runtime.CompilerServices;

namespace ActorOrchestrator.ControlPlane.ReadModel;

/// <summary>
/// WATCH: each watcher reads its kind's change log from its own position (nothing is pushed to it, so a slow watcher
/// never holds up the projection), filters, and waits for the view to move when it has read everything.
/// </summary>
public sealed partial class ResourceView
{
    private const int ChangesPerRead = 512;

    /// <summary>
    /// Starts a watch. The stream delivers, in resourceVersion order, every change after the request's resourceVersion
    /// that concerns the selection: ADDED when an object enters it (created, or changed to match), MODIFIED while it
    /// stays, DELETED when it leaves it (deleted, or changed to no longer match: then with its last matching state at the
    /// change's resourceVersion), and BOOKMARK when allowed and idle. It ends when the view closes; cancel to stop it.
    /// </summary>
    /// <exception cref="TooOldResourceVersionException">
    /// thrown here when the resourceVersion has left the watch window, and by the stream when the watcher falls so far
    /// behind that the window moved past it.
    /// </exception>
    public IAsyncEnumerable<WatchEvent> Watch(WatchRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var index = IndexOf(request.Kind);
        var filter = new ObjectFilter(request.Kind.Namespaced ? request.Namespace : null, request.LabelSelector, request.FieldSelector);
        _lock.EnterReadLock();
        try
        {
            if (request.ResourceVersion is > 0 and var from)
            {
                if (from < index.Changes.OldestAvailable)
                {
                    throw new TooOldResourceVersionException(from, index.Changes.OldestAvailable);
                }
                return StreamAsync(index, filter, from, [], request.AllowBookmarks, CancellationToken.None);
            }
            var initial = Page(index, filter, _position, null, null, int.MaxValue).Items;
            return StreamAsync(index, filter, _position, initial, request.AllowBookmarks, CancellationToken.None);
        }
        finally
        {
            _lock.ExitReadLock();
        }
    }

    private async IAsyncEnumerable<WatchEvent> StreamAsync(
        KindIndex index, ObjectFilter filter, long position, IReadOnlyList<ViewObject> initial, bool bookmarks,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var resource in initial)
        {
            yield return new WatchEvent(WatchEventType.Added, resource.ResourceVersion, resource);
        }
        var lastSent = position;
        var quietSince = _timeProvider.GetTimestamp();
        var changes = new List<ViewChange>(ChangesPerRead);
        while (!_closed)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var changed = Volatile.Read(ref _changed).Task;
            var reached = ResourceVersion;
            changes.Clear();
            ReadChanges(index, position, changes);
            if (changes.Count > 0)
            {
                foreach (var change in changes)
                {
                    position = change.ResourceVersion;
                    if (Classify(change, filter) is { } selected)
                    {
                        yield return selected;
                        lastSent = position;
                        quietSince = _timeProvider.GetTimestamp();
                    }
                }
                continue;
            }
            // Every change up to `reached` was in the log when it was read, and none concerned this watcher.
            position = Math.Max(position, reached);
            var wait = Timeout.InfiniteTimeSpan;
            if (bookmarks)
            {
                var quiet = _timeProvider.GetElapsedTime(quietSince);
                if (quiet >= _settings.BookmarkInterval && position > lastSent)
                {
                    yield return new WatchEvent(WatchEventType.Bookmark, position, null);
                    lastSent = position;
                    quietSince = _timeProvider.GetTimestamp();
                    continue;
                }
                wait = quiet >= _settings.BookmarkInterval ? _settings.BookmarkInterval : _settings.BookmarkInterval - quiet;
            }
            try
            {
                await changed.WaitAsync(wait, _timeProvider, cancellationToken).ConfigureAwait(false);
            }
            catch (TimeoutException)
            {
            }
        }
    }

    private void ReadChanges(KindIndex index, long position, List<ViewChange> into)
    {
        _lock.EnterReadLock();
        try
        {
            if (position < index.Changes.OldestAvailable)
            {
                throw new TooOldResourceVersionException(position, index.Changes.OldestAvailable);
            }
            index.Changes.CopyAfter(position, ChangesPerRead, into);
        }
        finally
        {
            _lock.ExitReadLock();
        }
    }

    /// <summary>What a change means to a watcher of <paramref name="filter"/>, as Kubernetes' watch cache decides it; null when nothing.</summary>
    private static WatchEvent? Classify(ViewChange change, ObjectFilter filter)
    {
        var matchedBefore = change.Previous is { } previous && filter.Matches(previous);
        if (change.Type == WatchEventType.Deleted)
        {
            return matchedBefore ? new WatchEvent(WatchEventType.Deleted, change.ResourceVersion, change.Object) : null;
        }
        var matchesNow = filter.Matches(change.Object);
        return (matchedBefore, matchesNow) switch
        {
            (true, true) => new WatchEvent(WatchEventType.Modified, change.ResourceVersion, change.Object),
            (false, true) => new WatchEvent(WatchEventType.Added, change.ResourceVersion, change.Object),
            (true, false) => new WatchEvent(WatchEventType.Deleted, change.ResourceVersion, change.Previous!.Restamped(change.ResourceVersion)),
            _ => null,
        };
    }
}
